import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json } from '../testing/fakeApi';
import { TICKET_ID, ticket } from '../testing/fixtures';
import { withQueryClient } from '../testing/render';
import { MergeDialog } from './MergeDialog';

const SURVIVOR = '6f1d2c3b-0000-4000-8000-0000000000aa';
const OTHER = '6f1d2c3b-0000-4000-8000-0000000000cc';
const merged = ticket({ number: 1043, version: 3 });
const candidates = [
  { id: SURVIVOR, number: 1042, subject: 'Printer jams', status: { key: 'open', category: 'open' }, requester: { id: 'c-1', name: 'Ann Example' }, version: 5 },
  { id: OTHER, number: 1050, subject: 'Printer of someone else', status: { key: 'open', category: 'open' }, requester: { id: 'c-9', name: 'Bo Other' }, version: 2 },
  { id: TICKET_ID, number: 1043, subject: 'This very ticket', status: { key: 'open', category: 'open' }, requester: { id: 'c-1' }, version: 3 },
];

let server: ReturnType<typeof fakeApi> | undefined;
afterEach(() => server?.restore());

describe('MergeDialog', { timeout: 30_000 }, () => {
  it('finds the ticket to keep, says exactly what happens, and merges with both versions the agent saw', async () => {
    server = fakeApi({
      'GET /api/v1/tickets': () => ({ items: candidates }),
      [`POST /api/v1/tickets/${SURVIVOR}/merge`]: () => ({ survivorId: SURVIVOR, survivorVersion: 6, mergedTicketId: TICKET_ID, mergedTicketVersion: 5 }),
    });
    const onOpenChange = vi.fn();
    withQueryClient(<MergeDialog ticket={merged} isOpen onOpenChange={onOpenChange} />);
    const user = userEvent.setup();

    await user.type(screen.getByRole('searchbox', { name: 'Ticket to keep (number or subject)' }), 'printer');
    const options = await screen.findAllByRole('option');
    expect(options.map((option) => option.textContent)).not.toContain(expect.stringContaining('This very ticket'));
    expect(options).toHaveLength(2);
    await user.click(screen.getByRole('option', { name: /#1042 Printer jams/ }));

    const summary = screen.getByLabelText('What the merge does');
    expect(summary).toHaveTextContent('Merge #1043 into #1042?');
    expect(summary).toHaveTextContent('#1043 closes as merged and points to #1042.');
    expect(summary).toHaveTextContent('A customer writing to #1043 lands on #1042');
    expect(summary).toHaveTextContent('You can undo it from #1043.');
    await user.click(screen.getByRole('button', { name: 'Merge into #1042' }));

    await vi.waitFor(() => expect(onOpenChange).toHaveBeenCalledWith(false));
    const [call] = server.calls(`POST /api/v1/tickets/${SURVIVOR}/merge`);
    expect(call?.headers.get('If-Match')).toBe('"5"');
    expect(call?.body).toEqual({ mergedTicketId: TICKET_ID, mergedTicketVersion: 3 });
  });

  it('will not merge into another requester’s ticket', async () => {
    server = fakeApi({ 'GET /api/v1/tickets': () => ({ items: candidates }) });
    withQueryClient(<MergeDialog ticket={merged} isOpen onOpenChange={() => {}} />);
    const user = userEvent.setup();

    await user.type(screen.getByRole('searchbox', { name: 'Ticket to keep (number or subject)' }), '1050');
    await user.click(await screen.findByRole('option', { name: /#1050/ }));

    expect(screen.getByRole('alert')).toHaveTextContent('Only tickets of the same requester can be merged');
    expect(screen.getByRole('button', { name: 'Merge into #1050' })).toBeDisabled();
  });

  it('says nothing was merged when one of the tickets changed meanwhile', async () => {
    server = fakeApi({
      'GET /api/v1/tickets': () => ({ items: candidates }),
      [`POST /api/v1/tickets/${SURVIVOR}/merge`]: () => json({ status: 409, code: 'version-conflict', detail: 'stale' }, 409),
    });
    withQueryClient(<MergeDialog ticket={merged} isOpen onOpenChange={() => {}} />);
    const user = userEvent.setup();

    await user.type(screen.getByRole('searchbox', { name: 'Ticket to keep (number or subject)' }), '#1042');
    await user.click(await screen.findByRole('option', { name: /#1042/ }));
    await user.click(screen.getByRole('button', { name: 'Merge into #1042' }));

    const dialog = screen.getByRole('dialog');
    expect(await within(dialog).findByText(/One of the two tickets changed since you looked at it. Nothing was merged/)).toBeInTheDocument();
  });
});
