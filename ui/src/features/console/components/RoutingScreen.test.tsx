import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi, json } from '@/test/fakeApi';
import { withQueryClient } from '@/test/render';
import { RoutingScreen } from './RoutingScreen';

let server: ReturnType<typeof fakeApi> | undefined;
afterEach(() => server?.restore());

const invoices = {
  id: 'r1', version: 3, position: 1, name: 'Invoices', enabled: true,
  conditions: { all: [{ field: 'subject', operator: 'contains', values: ['invoice'] }], any: [] },
  actions: { teamId: 't1', addTags: ['billing'] }, changedAt: '2026-12-07T08:00:00Z', changedBy: 'user:a',
};
const urgent = {
  id: 'r2', version: 1, position: 2, name: 'Urgent', enabled: true,
  conditions: { all: [{ field: 'priority', operator: 'is', values: ['urgent'] }], any: [] },
  actions: { requireSkills: [{ skill: 'escalation', level: 2 }] }, changedAt: '2026-12-07T08:00:00Z', changedBy: 'user:a',
};

function directory(extra: Record<string, (request: never) => unknown>) {
  return fakeApi({
    'GET /api/v1/teams': () => [{ id: 't1', name: 'Billing' }],
    'GET /api/v1/agents': () => [{ id: 'a1', name: 'Ann', active: true }],
    'GET /api/v1/organisations': () => [],
    'GET /api/v1/statuses': () => [{ key: 'open', label: 'Open' }],
    ...extra,
  });
}

describe('RoutingScreen', { timeout: 30_000 }, () => {
  it('lists the rules in order with their actions in words, and moves one down with the keyboard way', async () => {
    server = directory({
      'GET /api/v1/routing-rules': () => ({ items: [invoices, urgent] }),
      'PUT /api/v1/routing-rules/order': () => ({ items: [urgent, invoices] }),
    });
    withQueryClient(<RoutingScreen />);
    const list = await screen.findByRole('list', { name: /in the order they are tried/ });
    expect(within(list).getByText(/team Billing; add tags billing/)).toBeInTheDocument();
    expect(within(list).getByText('v3')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Move Invoices up' })).toBeDisabled();

    await userEvent.click(screen.getByRole('button', { name: 'Move Invoices down' }));
    await waitFor(() => expect(server!.calls('PUT /api/v1/routing-rules/order')).toHaveLength(1));
    expect(server.calls('PUT /api/v1/routing-rules/order')[0]?.body).toEqual({ ids: ['r2', 'r1'] });
  });

  it('turns a rule off as a new version, conditional on the version shown', async () => {
    server = directory({
      'GET /api/v1/routing-rules': () => ({ items: [invoices] }),
      'PUT /api/v1/routing-rules/r1': () => ({ ...invoices, version: 4, enabled: false }),
    });
    withQueryClient(<RoutingScreen />);
    const list = await screen.findByRole('list', { name: /in the order they are tried/ });
    await userEvent.click(within(list).getByRole('checkbox', { name: 'Enabled' }));
    await waitFor(() => expect(server!.calls('PUT /api/v1/routing-rules/r1')).toHaveLength(1));
    const call = server.calls('PUT /api/v1/routing-rules/r1')[0]!;
    expect(call.headers.get('If-Match')).toBe('"3"');
    expect(call.body).toMatchObject({ name: 'Invoices', enabled: false, actions: { teamId: 't1' } });
  });

  it('creates a rule from the editor and shows a refusal with its code', async () => {
    let attempts = 0;
    server = directory({
      'GET /api/v1/routing-rules': () => ({ items: [] }),
      'POST /api/v1/routing-rules': () => (++attempts === 1
        ? json({ code: 'team-not-found', detail: 'No team has this id.' }, 422)
        : { ...invoices, id: 'r9', version: 1 }),
    });
    withQueryClient(<RoutingScreen />);
    await screen.findByText('No routing rules yet');
    await userEvent.click(screen.getByRole('button', { name: 'New rule' }));
    await userEvent.type(screen.getByLabelText('Rule name'), 'Refunds');
    await userEvent.click(screen.getByRole('button', { name: 'Add condition (all)' }));
    await userEvent.type(screen.getByLabelText('Values (all 1)'), 'refund');
    await userEvent.selectOptions(screen.getByLabelText('Set team'), 'Billing');
    await userEvent.type(screen.getByLabelText('Require skills'), 'billing:2');
    await userEvent.click(screen.getByRole('button', { name: 'Save rule' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('team-not-found');
    expect(server.calls('POST /api/v1/routing-rules')[0]?.body).toEqual({
      name: 'Refunds', enabled: true,
      conditions: { all: [{ field: 'subject', operator: 'contains', values: ['refund'] }], any: [] },
      actions: { teamId: 't1', requireSkills: [{ skill: 'billing', level: 2 }] },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Save rule' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Save rule' })).not.toBeInTheDocument());
  });

  it('dry-runs the saved rules and explains each ticket', async () => {
    server = directory({
      'GET /api/v1/routing-rules': () => ({ items: [invoices] }),
      'POST /api/v1/routing-rules/dry-run': () => ({
        tickets: 2, matched: 1, changed: 1, results: [
          { ticketId: 'k1', number: 1042, subject: 'Invoice wrong', createdAt: '2026-12-01T08:00:00Z',
            matchedRule: { id: 'r1', version: 3, name: 'Invoices' }, changes: [{ field: 'team', to: 't1' }],
            tried: [{ rule: { id: 'r1', version: 3, name: 'Invoices' }, matched: true, failures: [],
              conditions: [{ list: 'all', condition: 'subject contains invoice', held: true, actual: "subject mentions 'invoice'" }] }] },
          { ticketId: 'k2', number: 1043, subject: 'Password', createdAt: '2026-12-01T09:00:00Z', changes: [],
            tried: [{ rule: { id: 'r1', version: 3, name: 'Invoices' }, matched: false, failures: ['x'],
              conditions: [{ list: 'all', condition: 'subject contains invoice', held: false, actual: 'subject mentions none of them' }] }] },
        ],
      }),
    });
    withQueryClient(<RoutingScreen />);
    await screen.findByRole('list', { name: /in the order they are tried/ });
    await userEvent.click(screen.getByRole('button', { name: 'Dry-run saved rules' }));
    const results = await screen.findByRole('list', { name: 'Dry-run results' });
    expect(screen.getByText(/1 of 2 tickets matched a rule/)).toBeInTheDocument();
    expect(within(results).getByText('Invoices v3')).toBeInTheDocument();
    expect(within(results).getByText('No rule matched')).toBeInTheDocument();
    expect(within(results).getByText(/none → Billing/)).toBeInTheDocument();
    expect(within(results).getByText(/subject mentions none of them/)).toBeInTheDocument();
    expect(server.calls('POST /api/v1/routing-rules/dry-run')[0]?.body).toEqual({ limit: 50 });
  });
});
