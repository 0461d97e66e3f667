import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi } from '@/test/fakeApi';
import { withRouter } from '@/test/render';
import { type Notification, sentenceOf } from './api';
import { NotificationBell } from './NotificationBell';

const LIST = 'GET /api/v1/notifications';
const READ_ALL = 'POST /api/v1/notifications/read-all';
const ITEMS: Notification[] = [
  { id: 'n-2', kind: 'customer-message', ticketId: 't-1', ticketNumber: 1042, ticketSubject: 'Lost parcel', actor: { type: 'customer', id: 'c-1', name: 'Marie Curie' }, createdAt: '2026-12-07T10:00:00Z', read: false },
  { id: 'n-1', kind: 'assigned', ticketId: 't-1', ticketNumber: 1042, ticketSubject: 'Lost parcel', actor: { type: 'api_key', id: 'k-1' }, createdAt: '2026-12-07T09:00:00Z', read: true },
];

let server: ReturnType<typeof fakeApi> | undefined;
afterEach(() => server?.restore());

describe('sentenceOf', () => {
  it('says what happened, by whom, on which ticket', () => {
    expect(sentenceOf(ITEMS[0]!)).toBe('Marie Curie wrote on #1042');
    expect(sentenceOf(ITEMS[1]!)).toBe('An integration assigned #1042 to you');
    expect(sentenceOf({ ...ITEMS[0]!, kind: 'side-answer', actor: { type: 'customer' } })).toBe('A customer answered a side conversation on #1042');
  });
});

describe('NotificationBell', { timeout: 30_000 }, () => {
  it('names the unread count, lists the newest, and marks all read', async () => {
    let unread = 1;
    server = fakeApi({
      [LIST]: () => ({ items: unread === 0 ? ITEMS.map((n) => ({ ...n, read: true })) : ITEMS, unread }),
      [READ_ALL]: () => {
        unread = 0;
        return null;
      },
    });
    withRouter(<NotificationBell />);
    const bell = await screen.findByRole('button', { name: 'Notifications, 1 unread' });
    await userEvent.click(bell);
    const dialog = await screen.findByRole('dialog', { name: 'Notifications' });
    const items = within(within(dialog).getByRole('list', { name: 'Latest notifications' })).getAllByRole('link');
    expect(items[0]).toHaveTextContent('Marie Curie wrote on #1042 (unread)');
    expect(items[0]).toHaveTextContent('Lost parcel');
    expect(items[1]).not.toHaveTextContent('(unread)');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Mark all read' }));
    await waitFor(() => expect(server?.calls(READ_ALL)).toHaveLength(1));
    expect(await screen.findByRole('button', { name: 'Notifications, none unread', hidden: true })).toBeInTheDocument();
  });
});
