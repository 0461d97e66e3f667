import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi } from '../testing/fakeApi';
import { TICKET_ID, ticket } from '../testing/fixtures';
import { withRouter } from '../testing/render';
import { MergeBanner } from './MergeBanner';

const SURVIVOR = '6f1d2c3b-0000-4000-8000-0000000000aa';

let server: ReturnType<typeof fakeApi> | undefined;
afterEach(() => server?.restore());

describe('MergeBanner', { timeout: 30_000 }, () => {
  it('says where a merged ticket went, links there, and undoes the merge at the version shown', async () => {
    server = fakeApi({
      [`POST /api/v1/tickets/${TICKET_ID}/unmerge`]: () => ({ survivorId: SURVIVOR, survivorVersion: 7, mergedTicketId: TICKET_ID, mergedTicketVersion: 6 }),
    });
    const merged = ticket({ version: 4, status: { key: 'closed', category: 'closed' }, links: { mergedInto: { id: SURVIVOR, number: 1001 }, mergedFrom: [], splitInto: [] } });
    withRouter(<MergeBanner ticket={merged} canUndo />);
    const user = userEvent.setup();

    expect(await screen.findByRole('status')).toHaveTextContent('Merged into #1001');
    expect(screen.getByRole('link', { name: '#1001' })).toHaveAttribute('href', `/tickets/${SURVIVOR}`);
    await user.click(screen.getByRole('button', { name: 'Undo merge' }));

    expect(server.calls(`POST /api/v1/tickets/${TICKET_ID}/unmerge`)[0]?.headers.get('If-Match')).toBe('"4"');
  });

  it('offers no undo in the past, and names the ticket a split one came from', async () => {
    const merged = ticket({ links: { mergedInto: { id: SURVIVOR, number: 1001 }, mergedFrom: [], splitInto: [] } });
    const { unmount } = withRouter(<MergeBanner ticket={merged} canUndo={false} />);
    expect(await screen.findByRole('status')).toHaveTextContent('Merged into #1001');
    expect(screen.queryByRole('button', { name: 'Undo merge' })).toBeNull();
    unmount();

    withRouter(<MergeBanner ticket={ticket({ links: { mergedFrom: [], splitInto: [], splitFrom: { id: SURVIVOR, number: 1000 } } })} canUndo />);
    expect(await screen.findByText(/Split from/)).toHaveTextContent('Split from #1000.');
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Undo merge' })).toBeNull();
  });
});
