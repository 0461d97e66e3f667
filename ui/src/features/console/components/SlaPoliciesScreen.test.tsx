import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi, json } from '@/test/fakeApi';
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

describe('SlaPoliciesScreen', { timeout: 30_000 }, () => {
  it('lists the policies in order with their version and conditions', async () => {
    server = fakeApi({ 'GET /api/v1/sla-policies': () => ({ items: [URGENT, STANDARD] }) });
    withQueryClient(<SlaPoliciesScreen />);
    const list = await screen.findByRole('list', { name: 'SLA policies' });
    const items = within(list).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Urgent and high');
    expect(items[0]).toHaveTextContent('v3');
    expect(items[0]).toHaveTextContent('1 condition');
    expect(items[1]).toHaveTextContent('Every ticket');
  });

  it('creates a policy with its targets, clocks and conditions', async () => {
    server = fakeApi({
      'GET /api/v1/sla-policies': () => ({ items: [] }),
      'POST /api/v1/sla-policies': (request) => json({ ...URGENT, ...(request.body as object), id: 'p9' }, 201),
    });
    withQueryClient(<SlaPoliciesScreen />);
    await screen.findByText('No SLA policies yet');
    await userEvent.type(screen.getByLabelText('Name'), 'VIP');
    await userEvent.type(screen.getByLabelText('First reply, urgent, minutes'), '30');
    await userEvent.click(screen.getByLabelText('First reply in business hours'));
    await userEvent.click(screen.getByLabelText('Agent work runs while open'));
    await userEvent.click(screen.getAllByRole('button', { name: 'Add a condition' })[0]!);
    await userEvent.selectOptions(screen.getByLabelText('Operator of All condition 1'), 'at-least');
    await userEvent.type(screen.getByLabelText('Values of All condition 1'), 'high');
    await userEvent.click(screen.getByRole('button', { name: 'Create policy' }));
    await waitFor(() => expect(server?.calls('POST /api/v1/sla-policies')).toHaveLength(1));
    expect(server.calls('POST /api/v1/sla-policies')[0]?.body).toEqual({
      name: 'VIP', active: true, warningPercent: 75, notesFulfilReplies: false,
      conditions: { all: [{ field: 'priority', operator: 'at-least', values: ['high'] }], any: [] },
      targets: [{ priority: 'urgent', metric: 'first-reply-time', minutes: 30, businessHours: false }],
      clocks: { 'agent-work-time': ['new'] },
    });
  });

  it('shows the server\'s refusal with its code', async () => {
    server = fakeApi({
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
    server = fakeApi({
      'GET /api/v1/sla-policies': () => ({ items: [URGENT, STANDARD] }),
      'PUT /api/v1/sla-policies/order': () => ({ items: [STANDARD, URGENT] }),
    });
    withQueryClient(<SlaPoliciesScreen />);
    await userEvent.click(await screen.findByRole('button', { name: 'Move Urgent and high down' }));
    await waitFor(() => expect(server?.calls('PUT /api/v1/sla-policies/order')[0]?.body).toEqual({ ids: ['p2', 'p1'] }));
  });
});
