import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi, json, type Handler } from '@/test/fakeApi';
import { withQueryClient } from '@/test/render';
import { SlaPoliciesScreen } from './SlaPoliciesScreen';

let server: ReturnType<typeof fakeApi> | undefined;
afterEach(() => server?.restore());

const URGENT = {
  id: 'p1', name: 'Urgent and high', position: 1, active: true, version: 3,
  conditions: { all: [{ field: 'priority', operator: 'at-least', values: ['high'] }], any: [] },
  warningPercent: 75, notesFulfilReplies: false,
  targets: [{ priority: 'urgent', metric: 'first-reply-time', minutes: 60, businessHours: true }], clocks: {},
};
const STANDARD = { ...URGENT, id: 'p2', name: 'Standard', position: 2, version: 1, conditions: { all: [], any: [] } };
const LONDON = { id: 'c1', name: 'London office', timeZone: 'Europe/London', isDefault: false };

/** The screen's API, with the directory and calendars its form chooses from. */
function sla(handlers: Record<string, Handler>) {
  return fakeApi({
    'GET /api/v1/teams': () => [{ id: 't1', name: 'Billing' }],
    'GET /api/v1/agents': () => [{ id: 'a1', name: 'Ann', active: true }],
    'GET /api/v1/organisations': () => [],
    'GET /api/v1/statuses': () => [{ key: 'open', label: 'Open' }],
    'GET /api/v1/calendars': () => ({ items: [LONDON] }),
    ...handlers,
  });
}

describe('SlaPoliciesScreen', { timeout: 30_000 }, () => {
  it('lists the policies in order with their version and conditions', async () => {
    server = sla({ 'GET /api/v1/sla-policies': () => ({ items: [URGENT, STANDARD] }) });
    withQueryClient(<SlaPoliciesScreen />);
    const list = await screen.findByRole('list', { name: 'SLA policies' });
    const items = within(list).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Urgent and high');
    expect(items[0]).toHaveTextContent('v3');
    expect(items[0]).toHaveTextContent('1 condition');
    expect(items[1]).toHaveTextContent('Every ticket');
  });

  it('creates a policy with its targets, clocks and conditions', async () => {
    server = sla({
      'GET /api/v1/sla-policies': () => ({ items: [] }),
      'POST /api/v1/sla-policies': (request) => json({ ...URGENT, ...(request.body as object), id: 'p9' }, 201),
    });
    withQueryClient(<SlaPoliciesScreen />);
    await screen.findByText('No SLA policies yet');
    await userEvent.type(screen.getByLabelText('Name'), 'VIP');
    await userEvent.type(screen.getByLabelText('First reply, urgent, minutes'), '30');
    await userEvent.click(screen.getByLabelText('First reply in business hours'));
    await userEvent.click(screen.getByLabelText('Agent work runs while open'));
    await userEvent.click(screen.getByRole('button', { name: 'Add condition (all)' }));
    await userEvent.selectOptions(screen.getByLabelText('Field (all 1)'), 'priority');
    await userEvent.selectOptions(screen.getByLabelText('Operator (all 1)'), 'at-least');
    await userEvent.selectOptions(screen.getByLabelText('Value (all 1)'), 'high');
    await userEvent.click(screen.getByRole('button', { name: 'Add condition (any)' }));
    await userEvent.selectOptions(screen.getByLabelText('Field (any 1)'), 'team');
    await userEvent.selectOptions(screen.getByLabelText('Value (any 1)'), 'Billing');
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Business-hours calendar' }), 'London office (Europe/London)');
    await userEvent.click(screen.getByRole('button', { name: 'Create policy' }));
    await waitFor(() => expect(server?.calls('POST /api/v1/sla-policies')).toHaveLength(1));
    expect(server.calls('POST /api/v1/sla-policies')[0]?.body).toEqual({
      name: 'VIP', active: true, warningPercent: 75, notesFulfilReplies: false, calendarId: 'c1',
      conditions: {
        all: [{ field: 'priority', operator: 'at-least', values: ['high'] }],
        any: [{ field: 'team', operator: 'is', values: ['t1'] }],
      },
      targets: [{ priority: 'urgent', metric: 'first-reply-time', minutes: 30, businessHours: false }],
      clocks: { 'agent-work-time': ['new'] },
    });
  });

  it('edits a policy with its conditions and calendar, and saves it back to the helpdesk\'s default hours', async () => {
    const LONDON_POLICY = { ...URGENT, calendarId: 'c1' };
    server = sla({
      'GET /api/v1/sla-policies': () => ({ items: [LONDON_POLICY] }),
      'PUT /api/v1/sla-policies/p1': (request) => ({ ...LONDON_POLICY, ...(request.body as object), version: 4 }),
    });
    withQueryClient(<SlaPoliciesScreen />);
    await userEvent.click(await screen.findByRole('button', { name: 'Edit Urgent and high' }));
    const form = screen.getByRole('form', { name: 'Edit Urgent and high' });
    const calendar = within(form).getByRole('combobox', { name: 'Business-hours calendar' });
    await waitFor(() => expect(calendar).toHaveDisplayValue('London office (Europe/London)'));
    expect(within(form).getByLabelText('Field (all 1)')).toHaveDisplayValue('Priority');
    expect(within(form).getByLabelText('Operator (all 1)')).toHaveValue('at-least');
    expect(within(form).getByLabelText('Value (all 1)')).toHaveValue('high');
    await userEvent.selectOptions(calendar, "The helpdesk's default hours");
    await userEvent.click(within(form).getByRole('button', { name: 'Save as a new version' }));
    await waitFor(() => expect(server?.calls('PUT /api/v1/sla-policies/p1')).toHaveLength(1));
    const body = server.calls('PUT /api/v1/sla-policies/p1')[0]?.body as Record<string, unknown>;
    expect(body.calendarId).toBeUndefined();
    expect(body.conditions).toEqual({ all: [{ field: 'priority', operator: 'at-least', values: ['high'] }], any: [] });
  });

  it('shows the server\'s refusal with its code', async () => {
    server = sla({
      'GET /api/v1/sla-policies': () => ({ items: [] }),
      'POST /api/v1/sla-policies': () => json({ code: 'validation-failed', detail: 'A policy needs at least one target (\'targets\').' }, 400),
    });
    withQueryClient(<SlaPoliciesScreen />);
    await screen.findByText('No SLA policies yet');
    await userEvent.type(screen.getByLabelText('Name'), 'Empty');
    await userEvent.click(screen.getByRole('button', { name: 'Create policy' }));
    expect(await screen.findByText(/at least one target/)).toBeInTheDocument();
  });

  it('moves a policy down by sending the new order', async () => {
    server = sla({
      'GET /api/v1/sla-policies': () => ({ items: [URGENT, STANDARD] }),
      'PUT /api/v1/sla-policies/order': () => ({ items: [STANDARD, URGENT] }),
    });
    withQueryClient(<SlaPoliciesScreen />);
    await userEvent.click(await screen.findByRole('button', { name: 'Move Urgent and high down' }));
    await waitFor(() => expect(server?.calls('PUT /api/v1/sla-policies/order')[0]?.body).toEqual({ ids: ['p2', 'p1'] }));
  });
});
