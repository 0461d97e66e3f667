import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi, json } from '@/test/fakeApi';
import { withQueryClient } from '@/test/render';
import { AutomationsScreen } from './AutomationsScreen';
import { TriggersScreen } from './TriggersScreen';

const ADA = '0b6f4b8e-1c9a-4d1e-9b1a-2f3c4d5e6f70';
const VIP = {
  id: 't-1', name: 'VIP: urgent', enabled: true, version: 3, position: 1,
  conditions: { all: [{ field: 'update', operator: 'is', values: ['created'] }, { field: 'tags', operator: 'includes-any', values: ['vip'] }], any: [] },
  actions: [{ type: 'set-priority', value: 'urgent' }],
};
const NOTE = { ...VIP, id: 't-2', name: 'Note replies', enabled: false, version: 1, position: 2, actions: [{ type: 'internal-note', body: 'Replied' }] };
let server: ReturnType<typeof fakeApi> | undefined;

afterEach(() => server?.restore());

function directory(role: string) {
  return {
    'GET /api/v1/me': () => ({ id: ADA, role, name: 'Ada Lovelace' }),
    'GET /api/v1/statuses': () => [{ key: 'open', label: 'Open', category: 'open' }, { key: 'closed', label: 'Closed', category: 'closed' }],
    'GET /api/v1/agents': () => [{ id: ADA, name: 'Ada Lovelace', active: true }],
    'GET /api/v1/teams': () => [],
    'GET /api/v1/custom-fields': () => [],
  };
}

describe('Triggers', { timeout: 30_000 }, () => {
  it('lists the triggers in order with their conditions, actions, state and version, and reorders them', async () => {
    server = fakeApi({
      ...directory('admin'),
      'GET /api/v1/triggers': () => ({ items: [VIP, NOTE] }),
      'PUT /api/v1/triggers/order': () => ({ items: [NOTE, VIP] }),
    });
    withQueryClient(<TriggersScreen />);
    const list = await screen.findByRole('list', { name: 'Triggers' });
    const items = within(list).getAllByRole('listitem');
    expect(within(items[0]!).getByRole('heading')).toHaveTextContent('VIP: urgentenabledversion 3');
    expect(items[0]).toHaveTextContent('When Change is created and Tags includes-any vip');
    expect(items[0]).toHaveTextContent('Then set-priority urgent');
    expect(within(items[1]!).getByText('disabled')).toBeInTheDocument();
    expect(within(items[0]!).getByRole('button', { name: 'Move VIP: urgent up' })).toBeDisabled();

    await userEvent.click(within(items[1]!).getByRole('button', { name: 'Move Note replies up' }));
    await waitFor(() => expect(server!.calls('PUT /api/v1/triggers/order')[0]?.body).toEqual({ ids: ['t-2', 't-1'] }));
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Triggers' })).getAllByRole('listitem')[0])
      .toHaveTextContent('Note replies'));
  });

  it('saves a new version of a trigger with the version it was edited from, and shows a refusal with its code', async () => {
    let answer: Response | object = json({ code: 'version-conflict', detail: 'The trigger is at version 4, not 3.' }, 409);
    server = fakeApi({ ...directory('admin'), 'GET /api/v1/triggers': () => ({ items: [VIP] }), 'PUT /api/v1/triggers/t-1': () => answer });
    withQueryClient(<TriggersScreen />);
    await userEvent.click(await screen.findByRole('button', { name: 'Edit VIP: urgent' }));
    const form = await screen.findByRole('form', { name: 'Edit trigger VIP: urgent' });
    await userEvent.click(within(form).getByRole('button', { name: '+ Add an action' }));
    const action = within(form).getByRole('group', { name: 'Action 2' });
    await userEvent.type(within(action).getByLabelText('Tags'), 'escalated');
    await userEvent.click(within(form).getByRole('button', { name: 'Save trigger' }));

    expect(await within(form).findByRole('alert')).toHaveTextContent('version-conflict');
    expect(server.calls('PUT /api/v1/triggers/t-1')[0]?.body).toEqual({
      name: 'VIP: urgent', enabled: true, version: 3, conditions: VIP.conditions,
      actions: [{ type: 'set-priority', value: 'urgent' }, { type: 'add-tags', values: ['escalated'] }],
    });
    answer = { ...VIP, version: 4 };
    await userEvent.click(within(form).getByRole('button', { name: 'Save trigger' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Edit trigger VIP: urgent' })).not.toBeInTheDocument());
  });

  it('tells an agent the screen is for admins and asks nothing of the server', async () => {
    server = fakeApi({ ...directory('agent') });
    withQueryClient(<TriggersScreen />);
    expect(await screen.findByText('Admins only')).toBeInTheDocument();
    expect(server.calls('GET /api/v1/triggers')).toHaveLength(0);
  });
});

describe('Automations', { timeout: 30_000 }, () => {
  it('creates an automation starting from a time condition and a closing action', async () => {
    server = fakeApi({
      ...directory('admin'),
      'GET /api/v1/automations': () => ({ items: [] }),
      'POST /api/v1/automations': () => ({ id: 'a-1', name: 'Close solved', enabled: true, version: 1, actions: [] }),
    });
    withQueryClient(<AutomationsScreen />);
    expect(await screen.findByText('No automations yet')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'New automation' }));
    const form = await screen.findByRole('form', { name: 'New automation' });
    expect(within(form).queryByRole('option', { name: 'Change' })).not.toBeInTheDocument();
    await userEvent.type(within(form).getByLabelText('Name'), 'Close solved');
    await userEvent.click(within(form).getByRole('button', { name: 'Add condition (all)' }));
    await userEvent.selectOptions(within(form).getByLabelText('Field (all 2)'), 'status-category');
    await userEvent.selectOptions(within(form).getByLabelText('Value (all 2)'), 'solved');
    const action = within(form).getByRole('group', { name: 'Action 1' });
    await userEvent.selectOptions(within(action).getByLabelText('Do'), 'set-status');
    await waitFor(() => expect(within(action).getByRole('option', { name: 'Closed' })).toBeInTheDocument());
    await userEvent.selectOptions(within(action).getByLabelText('Value'), 'closed');
    await userEvent.click(within(form).getByRole('button', { name: 'Save automation' }));

    await waitFor(() => expect(server!.calls('POST /api/v1/automations')[0]?.body).toEqual({
      name: 'Close solved', enabled: true,
      conditions: { all: [{ field: 'hours-since-status-changed', operator: 'greater-than', values: ['96'] },
        { field: 'status-category', operator: 'is', values: ['solved'] }], any: [] },
      actions: [{ type: 'set-status', value: 'closed' }],
    }));
  });
});
