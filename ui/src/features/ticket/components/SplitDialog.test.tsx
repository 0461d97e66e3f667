import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../testing/fakeApi';
import { TICKET_ID, ticket } from '../testing/fixtures';
import { withQueryClient } from '../testing/render';
import { SplitDialog } from './SplitDialog';

const source = ticket({
  version: 6,
  messages: [
    { id: 'm-1', kind: 'description', author: { type: 'customer', id: 'c-1', name: 'Ann Example' }, body: 'Printer smokes.', createdAt: '2026-12-01T09:00:00Z' },
    { id: 'm-2', kind: 'customer-message', author: { type: 'customer', id: 'c-1', name: 'Ann Example' }, body: 'Also my login fails.', createdAt: '2026-12-01T09:10:00Z' },
    { id: 'm-3', kind: 'customer-message', author: { type: 'customer', id: 'c-1', name: 'Ann Example' }, body: 'From the merged one', createdAt: '2026-12-01T09:20:00Z', origin: { ticketId: 'x', number: 1001, relation: 'merged' } },
  ],
});

let server: ReturnType<typeof fakeApi> | undefined;
afterEach(() => server?.restore());

describe('SplitDialog', { timeout: 30_000 }, () => {
  it('moves the chosen own messages into a new ticket with the subject given', async () => {
    server = fakeApi({
      [`POST /api/v1/tickets/${TICKET_ID}/split`]: () => ({ ticketId: TICKET_ID, version: 7, newTicketId: 'n-1', newNumber: 1044, newVersion: 2 }),
    });
    const onOpenChange = vi.fn();
    withQueryClient(<SplitDialog ticket={source} isOpen onOpenChange={onOpenChange} />);
    const user = userEvent.setup();

    expect(screen.getAllByRole('checkbox')).toHaveLength(2);
    await user.click(screen.getByRole('checkbox', { name: /Also my login fails/ }));
    await user.type(screen.getByRole('textbox', { name: /Subject of the new ticket/ }), 'Login fails');
    expect(screen.getByText(/A new ticket for Ann Example starts with this message/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Split into a new ticket' }));

    await vi.waitFor(() => expect(onOpenChange).toHaveBeenCalledWith(false));
    const [call] = server.calls(`POST /api/v1/tickets/${TICKET_ID}/split`);
    expect(call?.headers.get('If-Match')).toBe('"6"');
    expect(call?.body).toEqual({ messageIds: ['m-2'], subject: 'Login fails' });
  });

  it('keeps at least one message on the ticket', async () => {
    server = fakeApi({});
    const two = ticket({ messages: source.messages?.slice(0, 2) });
    withQueryClient(<SplitDialog ticket={two} isOpen onOpenChange={() => {}} />);
    const user = userEvent.setup();

    await user.click(screen.getByRole('checkbox', { name: /Printer smokes/ }));
    await user.click(screen.getByRole('checkbox', { name: /Also my login fails/ }));
    await user.type(screen.getByRole('textbox', { name: /Subject of the new ticket/ }), 'All');

    expect(screen.getByRole('alert')).toHaveTextContent('At least one message must stay');
    expect(screen.getByRole('button', { name: 'Split into a new ticket' })).toBeDisabled();
  });
});
