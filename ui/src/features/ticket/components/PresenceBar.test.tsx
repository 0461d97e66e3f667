import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PresenceBar } from './PresenceBar';

const since = '2026-12-01T10:00:00Z';

describe('PresenceBar', () => {
  it('names who else views the ticket', () => {
    render(<PresenceBar others={[{ agentId: 'a', name: 'Alan Turing', state: 'viewing', since }]} />);
    expect(screen.getByRole('status')).toHaveTextContent('Alan Turing is also viewing');
    expect(within(screen.getByRole('list', { name: 'Also here' })).getByText('Alan Turing')).toBeInTheDocument();
  });

  it('says who is typing a reply', () => {
    render(
      <PresenceBar
        others={[
          { agentId: 'a', name: 'Alan Turing', state: 'typing', since },
          { agentId: 'b', name: 'Ada Lovelace', state: 'viewing', since },
        ]}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Alan Turing is typing a reply…');
  });

  it('shows nothing when the agent is alone', () => {
    render(<PresenceBar others={[]} />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});
