import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi, json } from '@/test/fakeApi';
import { withQueryClient } from '@/test/render';
import { AdminMacrosScreen } from './AdminMacrosScreen';
import { MyMacrosScreen } from './MyMacrosScreen';

const GRACE = '0b6f4b8e-1c9a-4d1e-9b1a-2f3c4d5e6f70';
const STATUSES = [
  { key: 'new', label: 'New', category: 'new' },
  { key: 'pending', label: 'Pending', category: 'pending' },
];
const MINE = { id: 'm-1', name: 'My follow-up', ownerId: GRACE, shared: false, actions: { status: 'pending' }, useCount: 0 };
const SHARED = { id: 'm-2', name: 'Ask for logs', ownerId: 'someone', shared: true, actions: { message: { kind: 'public-reply', body: '<p>Logs?</p>' } }, useCount: 9 };
let server: ReturnType<typeof fakeApi> | undefined;

afterEach(() => server?.restore());

function directory(role: string) {
  return {
    'GET /api/v1/me': () => ({ id: GRACE, role, name: 'Grace Hopper' }),
    'GET /api/v1/statuses': () => STATUSES,
    'GET /api/v1/agents': () => [{ id: GRACE, name: 'Grace Hopper', active: true }],
    'GET /api/v1/teams': () => [],
    'GET /api/v1/custom-fields': () => [],
  };
}

describe('My macros', { timeout: 30_000 }, () => {
  it('lists the agent’s personal macros apart from the shared ones, which only admins change', async () => {
    server = fakeApi({ ...directory('agent'), 'GET /api/v1/macros': () => ({ items: [MINE, SHARED] }) });
    withQueryClient(<MyMacrosScreen />);
    const personal = await screen.findByRole('list', { name: 'Personal macros' });
    expect(within(personal).getByText('My follow-up')).toBeInTheDocument();
    expect(within(personal).getByRole('button', { name: 'Edit My follow-up' })).toBeInTheDocument();
    const shared = screen.getByRole('list', { name: 'Shared macros' });
    expect(within(shared).getByText('Ask for logs')).toBeInTheDocument();
    expect(within(shared).queryByRole('button', { name: /Edit/ })).not.toBeInTheDocument();
  });

  it('creates a personal macro and shows the server’s refusal inline', async () => {
    let answer: Response | object = json({ code: 'unknown-placeholder', detail: 'The text names {{ticket.secret}}, which AutoCRM cannot fill.' }, 422);
    server = fakeApi({ ...directory('agent'), 'GET /api/v1/macros': () => ({ items: [] }), 'POST /api/v1/macros': () => answer });
    withQueryClient(<MyMacrosScreen />);
    expect(await screen.findByText('No personal macros yet')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'New macro' }));
    const form = await screen.findByRole('form', { name: 'New macro' });
    await userEvent.type(within(form).getByLabelText('Name'), 'Chase up');
    await waitFor(() => expect(within(form).getByRole('option', { name: 'Pending' })).toBeInTheDocument());
    await userEvent.selectOptions(within(form).getByLabelText('Status'), 'pending');
    await userEvent.type(within(form).getByLabelText('Add tags'), 'chased, vip');
    await userEvent.click(within(form).getByRole('button', { name: 'Save macro' }));

    expect(await within(form).findByRole('alert')).toHaveTextContent('cannot fill');
    expect(within(form).getByRole('alert')).toHaveTextContent('unknown-placeholder');
    expect(server.calls('POST /api/v1/macros')[0]?.body).toEqual({
      name: 'Chase up',
      shared: false,
      actions: { status: 'pending', addTags: ['chased', 'vip'] },
    });
    answer = { ...MINE, id: 'm-3', name: 'Chase up' };
    await userEvent.click(within(form).getByRole('button', { name: 'Save macro' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'New macro' })).not.toBeInTheDocument());
  });
});

describe('Shared macros for admins', { timeout: 30_000 }, () => {
  it('shows the shared macros most used first, with their use', async () => {
    server = fakeApi({
      ...directory('admin'),
      'GET /api/v1/macros/usage': () => ({ items: [SHARED, { ...SHARED, id: 'm-4', name: 'Never used', useCount: 0, lastUsedAt: undefined }] }),
    });
    withQueryClient(<AdminMacrosScreen />);
    const table = await screen.findByRole('table', { name: 'Shared macros by use' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['Ask for logs', 'Never used']);
    expect(within(rows[0]!).getByText('9')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('never')).toBeInTheDocument();
  });

  it('tells an agent the screen is for admins and asks nothing of the server', async () => {
    server = fakeApi({ ...directory('agent') });
    withQueryClient(<AdminMacrosScreen />);
    expect(await screen.findByText('Admins only')).toBeInTheDocument();
    expect(server.calls('GET /api/v1/macros/usage')).toHaveLength(0);
  });
});
