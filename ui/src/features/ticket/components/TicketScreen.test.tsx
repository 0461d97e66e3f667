import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ticketKeys } from '@/api/keys';
import { recordDownloads } from '@/test/downloads';
import { fakeApi, type Handler } from '../testing/fakeApi';
import { GRACE, STATUSES, ticket } from '../testing/fixtures';
import { withRouter } from '../testing/render';
import { TicketScreen } from './TicketScreen';

const ID = '6f1d2c3b-0000-4000-8000-0000000000bb';
const BEFORE_REPLY = '2026-12-01T09:30:00Z';
const reply = { id: 'm-2', kind: 'public-reply' as const, author: { type: 'agent', id: GRACE.id, name: GRACE.name }, body: 'We are on it.', createdAt: '2026-12-01T10:00:00Z' };
const now = ticket({ id: ID, version: 4, status: { key: 'pending', category: 'pending' }, messages: [...(ticket().messages ?? []), reply] });
const then = ticket({ id: ID, version: 1, status: { key: 'new', category: 'new' } });

const received = {
  id: 'r1', source: 'imap', state: 'ticket-created', reason: 'no earlier mail or ticket named: a new ticket', ticketId: ID,
  messageId: 'm-1', sender: 'ann@example.com', subject: 'Printer on fire', sizeBytes: 2048, receivedAt: '2026-12-01T09:00:00Z',
};
const mailed = (state: string, extra: Record<string, unknown> = {}) => ({
  id: 's1', kind: 'public-reply', ticketId: ID, messageId: 'm-2', recipients: ['ann@example.com'], subject: 'Re: Printer on fire [#1042]',
  messageIdHeader: '<reply-m-2@autocrm.localhost>', state, attempts: 0, nextAttemptAt: null, lastError: null,
  createdAt: '2026-12-01T10:00:00Z', sentAt: null, ...extra,
});

let server: ReturnType<typeof fakeApi> | undefined;
afterEach(() => server?.restore());

function serve(more: Record<string, Handler> = {}) {
  server = fakeApi({
    'GET /api/v1/me': () => ({ id: GRACE.id, name: GRACE.name, role: 'agent' }),
    'GET /api/v1/statuses': () => STATUSES,
    'GET /api/v1/agents': () => [GRACE],
    'GET /api/v1/teams': () => [],
    'GET /api/v1/custom-fields': () => [],
    'GET /api/v1/customers/c-1': () => ({ id: 'c-1', name: 'Ann Example', email: 'ann@example.com' }),
    'GET /api/v1/tickets': () => ({ items: [] }),
    [`GET /api/v1/tickets/${ID}`]: (request) => (request.search.get('asOf') ? then : now),
    [`GET /api/v1/tickets/${ID}/audit`]: () => [
      { version: 1, eventType: 'TicketCreatedEvent', occurredAt: '2026-12-01T09:00:00Z', description: 'Ticket created', actor: { type: 'customer', name: 'Ann Example', role: 'customer' }, channel: 'email', changes: [] },
      { version: 2, eventType: 'TicketAssignedEvent', occurredAt: '2026-12-01T09:05:00Z', description: `Assigned to agent ${GRACE.id}`, actor: { type: 'system', role: 'system' }, channel: 'system', changes: [{ field: 'assignee', from: null, to: GRACE.id }], cause: { type: 'assignment', id: 't-1', name: 'Billing: least busy', reason: 'fewest open tickets: 2; Alan Turing has 4' } },
      { version: 3, eventType: 'PublicReplyAddedEvent', occurredAt: '2026-12-01T10:00:00Z', description: `Public reply added by agent ${GRACE.id}`, actor: { type: 'agent', name: GRACE.name, role: 'agent' }, channel: 'web', changes: [] },
      { version: 4, eventType: 'TicketStatusChangedEvent', occurredAt: '2026-12-01T10:00:01Z', description: 'Status changed from New to Pending', actor: { type: 'agent', name: GRACE.name, role: 'agent' }, channel: 'web', changes: [{ field: 'status', from: 'new', to: 'pending' }] },
    ],
    ...more,
  });
  return server;
}

describe('TicketScreen', { timeout: 30_000 }, () => {
  it('shows the ticket as it was, read-only, under a banner that leads back to now', async () => {
    serve();
    const onAsOfChange = vi.fn();
    withRouter(<TicketScreen ticketId={ID} asOf={BEFORE_REPLY} onAsOfChange={onAsOfChange} />);

    const banner = await screen.findByRole('region', { name: 'Viewing the past' });
    expect(banner).toHaveTextContent('This is the ticket as it was at');
    expect(banner).toHaveTextContent('version 1 of 4');
    expect(server?.calls(`GET /api/v1/tickets/${ID}`).some((request) => request.search.get('asOf') === BEFORE_REPLY)).toBe(true);

    const conversation = screen.getByRole('list', { name: 'Conversation' });
    expect(within(conversation).getAllByRole('article')).toHaveLength(1);
    expect(screen.queryByRole('region', { name: 'Composer' })).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Status' })).toBeNull();
    expect(within(screen.getByRole('complementary', { name: 'Ticket details' })).getByText('New')).toBeInTheDocument();

    await userEvent.click(within(banner).getByRole('button', { name: 'Back to now' }));
    expect(onAsOfChange).toHaveBeenCalledWith(undefined);
    await userEvent.click(within(banner).getByRole('button', { name: 'Later change →' }));
    expect(onAsOfChange).toHaveBeenCalledWith('2026-12-01T10:00:00Z');
  });

  it('shows the ticket now with its whole conversation, editable properties and the composer; history rows open the past', async () => {
    serve();
    const onAsOfChange = vi.fn();
    withRouter(<TicketScreen ticketId={ID} onAsOfChange={onAsOfChange} />);
    expect(await screen.findByRole('heading', { name: /Printer on fire/ })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Viewing the past' })).toBeNull();
    expect(within(screen.getByRole('list', { name: 'Conversation' })).getAllByRole('article')).toHaveLength(2);
    expect(screen.getByRole('region', { name: 'Composer' })).toBeInTheDocument();
    expect(screen.getByLabelText('Status')).toHaveValue('pending');

    await userEvent.click(screen.getByRole('tab', { name: 'History' }));
    const trail = await screen.findByRole('list', { name: 'Audit trail' });
    expect(within(trail).getByText('Public reply added by Grace Hopper')).toBeInTheDocument();
    expect(within(trail).getByText('by Billing: least busy')).toBeInTheDocument();
    expect(within(trail).getByText('Why: fewest open tickets: 2; Alan Turing has 4')).toBeInTheDocument();
    await userEvent.click(within(trail).getByRole('button', { name: /version 3\)/ }));
    expect(onAsOfChange).toHaveBeenCalledWith('2026-12-01T10:00:00Z');
  });

  it('says under each message how it came or left by e-mail, downloads the original, and reads the mail again when the ticket changes', async () => {
    let version = 4;
    let reply = mailed('queued');
    serve({
      [`GET /api/v1/tickets/${ID}`]: () => ({ ...now, version }),
      [`GET /api/v1/tickets/${ID}/mail`]: () => ({ received: [received], sent: [reply] }),
      [`GET /api/v1/tickets/${ID}/mail/r1/original`]: () => new Response('From: ann@example.com\r\n\r\nIt is smoking.', { headers: { 'Content-Type': 'message/rfc822' } }),
    });
    const downloads = recordDownloads();
    const { queryClient } = withRouter(<TicketScreen ticketId={ID} onAsOfChange={vi.fn()} />);

    const request = await screen.findByRole('article', { name: 'Request from Ann Example' });
    expect(await within(request).findByText(/By e-mail · no earlier mail or ticket named: a new ticket/)).toBeInTheDocument();
    const answer = screen.getByRole('article', { name: 'Public reply from Grace Hopper' });
    expect(answer).toHaveTextContent('E-mail to ann@example.com · queued');
    expect(within(answer).queryByRole('button', { name: 'Original mail' })).toBeNull();

    await userEvent.click(within(request).getByRole('button', { name: 'Original mail' }));
    await waitFor(() => expect(downloads.saved.map((file) => file.name)).toEqual(['mail-r1.eml']));
    expect(await downloads.saved[0]!.blob.text()).toContain('It is smoking.');
    downloads.restore();

    // The ticket moves on (the live stream announces a newer version): its mail is read again at once.
    reply = mailed('sent', { attempts: 1, sentAt: '2026-12-01T10:00:03Z' });
    version = 5;
    await queryClient.invalidateQueries({ queryKey: ticketKeys.detail(ID) });
    await waitFor(() => expect(answer).toHaveTextContent(/E-mailed to ann@example.com · sent/), { timeout: 1_000 });
  });

  it('reads the mail again every few seconds while a reply is on its way, and stops once it has left', async () => {
    // React Query polls with setInterval; everything else keeps real time.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      let reads = 0;
      serve({ [`GET /api/v1/tickets/${ID}/mail`]: () => {
        reads += 1;
        return { received: [], sent: [reads === 1 ? mailed('sending') : mailed('failed', { attempts: 9, lastError: '550 mailbox unavailable' })] };
      } });
      withRouter(<TicketScreen ticketId={ID} onAsOfChange={vi.fn()} />);
      const answer = await screen.findByRole('article', { name: 'Public reply from Grace Hopper' });
      await waitFor(() => expect(answer).toHaveTextContent('E-mail to ann@example.com · sending'));
      await act(() => vi.advanceTimersByTimeAsync(3_000));
      await waitFor(() => expect(answer).toHaveTextContent('E-mail to ann@example.com · failed: 550 mailbox unavailable'));
      await act(() => vi.advanceTimersByTimeAsync(10_000));
      expect(reads).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('never asks for the mail in a customer\'s session', async () => {
    serve({ 'GET /api/v1/me': () => ({ id: 'c-1', name: 'Ann Example', role: 'customer' }) });
    withRouter(<TicketScreen ticketId={ID} onAsOfChange={vi.fn()} />);
    await screen.findByRole('heading', { name: /Printer on fire/ });
    await waitFor(() => expect(server!.calls('GET /api/v1/me')).toHaveLength(1));
    await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(server!.calls(`GET /api/v1/tickets/${ID}/mail`)).toHaveLength(0);
  });
});
