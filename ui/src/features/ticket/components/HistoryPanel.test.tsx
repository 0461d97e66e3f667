import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../testing/fakeApi';
import { withQueryClient } from '../testing/render';
import { HistoryPanel } from './HistoryPanel';

let server: ReturnType<typeof fakeApi> | undefined;
afterEach(() => server?.restore());

describe('HistoryPanel', { timeout: 30_000 }, () => {
  it('says a change came via mail and how the mail was matched to the ticket', async () => {
    server = fakeApi({
      'GET /api/v1/tickets/t1/audit': () => [
        { version: 1, eventType: 'TicketCreatedEvent', occurredAt: '2026-12-01T09:00:00Z', description: 'Ticket created', actor: { type: 'customer', name: 'Ann Example', role: 'customer' }, channel: 'email', changes: [],
          cause: { type: 'mail', id: 'r1', name: '<CAB12@mail.example.com>', reason: 'no earlier mail or ticket named: a new ticket' } },
        { version: 2, eventType: 'CustomerMessageAddedEvent', occurredAt: '2026-12-01T10:00:00Z', description: 'Customer message added', actor: { type: 'customer', name: 'Ann Example', role: 'customer' }, channel: 'email', changes: [],
          cause: { type: 'mail', id: 'r2', name: '<CAB13@mail.example.com>', reason: 'matched by In-Reply-To <reply-m-2@autocrm.localhost>' } },
      ],
    });
    withQueryClient(<HistoryPanel ticketId="t1" names={new Map()} onShowAsOf={vi.fn()} />);
    const [reply, created] = within(await screen.findByRole('list', { name: 'Audit trail' })).getAllByRole('listitem');
    expect(within(reply!).getByText('via mail')).toHaveAttribute('title', 'Message-ID <CAB13@mail.example.com>');
    expect(within(reply!).getByText('How: matched by In-Reply-To <reply-m-2@autocrm.localhost>')).toBeInTheDocument();
    expect(within(created!).getByText('How: no earlier mail or ticket named: a new ticket')).toBeInTheDocument();
    expect(reply).not.toHaveTextContent('Why:');
  });
});
