import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Timeline } from './Timeline';

const at = '2026-12-01T10:00:00Z';

describe('Timeline', () => {
  it('labels each kind of message and sets internal notes apart', () => {
    render(
      <Timeline
        messages={[
          { id: '1', kind: 'description', author: { name: 'Carla' }, body: 'Printer smokes', createdAt: at },
          { id: '2', kind: 'public-reply', author: { name: 'Ann' }, body: 'Unplug it', createdAt: at },
          { id: '3', kind: 'internal-note', author: { name: 'Ann' }, body: 'Bad batch', createdAt: at },
        ]}
      />,
    );
    const items = within(screen.getByRole('list', { name: 'Conversation' })).getAllByRole('listitem');
    expect(items.map((item) => item.getAttribute('aria-label'))).toEqual(['Description by Carla', 'Public reply by Ann', 'Internal note by Ann']);
    const note = screen.getByRole('listitem', { name: 'Internal note by Ann' });
    expect(within(note).getByText(/Internal note/)).toBeInTheDocument();
    expect(note.className).toContain('bg-note');
    expect(screen.getByRole('listitem', { name: 'Public reply by Ann' }).className).not.toContain('bg-note');
  });

  it('shows relative times with the exact instant at hand', () => {
    render(<Timeline messages={[{ id: '1', kind: 'customer-message', author: { name: 'Carla' }, body: 'Hello', createdAt: at }]} />);
    const time = screen.getByRole('listitem').querySelector('time');
    expect(time).toHaveAttribute('datetime', at);
    expect(time?.getAttribute('title')).toMatch(/2026/);
  });
});
