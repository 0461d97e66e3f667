import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../testing/fakeApi';
import { GRACE, STATUSES, ticket } from '../testing/fixtures';
import { withRouter } from '../testing/render';
import { TicketScreen } from './TicketScreen';

const ID = '6f1d2c3b-0000-4000-8000-0000000000bb';
const BEFORE_REPLY = '2026-12-01T09:30:00Z';
const reply = { id: 'm-2', kind: 'public-reply' as const, author: { type: 'agent', id: GRACE.id, name: GRACE.name }, body: 'We are on it.', createdAt: '2026-12-01T10:00:00Z' };
const now = ticket({ id: ID, version: 4, status: { key: 'pending', category: 'pending' }, messages: [...(ticket().messages ?? []), reply] });
const then = ticket({ id: ID, version: 1, status: { key: 'new', category: 'new' } });

let server: ReturnType<typeof fakeApi> | undefined;
afterEach(() => server?.restore());

function serve() {
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
});
