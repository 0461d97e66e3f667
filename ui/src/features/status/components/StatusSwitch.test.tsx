import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi, json } from '@/test/fakeApi';
import { withQueryClient } from '@/test/render';
import { StatusSwitch } from './StatusSwitch';

let server: ReturnType<typeof fakeApi> | undefined;
afterEach(() => server?.restore());

const GRACE = { id: 'a-1', name: 'Grace Hopper', email: 'grace@example.com', active: true, capacity: 10, status: 'online', statusSince: '2026-12-07T08:00:00Z', skills: [] };

describe('StatusSwitch', { timeout: 30_000 }, () => {
  it('shows the agent\'s status and sets another with PUT', async () => {
    let status = 'online';
    server = fakeApi({
      'GET /api/v1/agents/a-1': () => ({ ...GRACE, status }),
      'PUT /api/v1/agents/a-1/status': (request) => {
        status = (request.body as { status: string }).status;
        return { ...GRACE, status };
      },
    });
    withQueryClient(<StatusSwitch agentId="a-1" />);
    const select = await screen.findByRole('combobox', { name: /Your status/ });
    expect(select).toHaveValue('online');

    await userEvent.selectOptions(select, 'away');

    await waitFor(() => expect(select).toHaveValue('away'));
    expect(server.calls('PUT /api/v1/agents/a-1/status')[0]?.body).toEqual({ status: 'away' });
  });

  it('says so when the change is refused and keeps the status it has', async () => {
    server = fakeApi({
      'GET /api/v1/agents/a-1': () => GRACE,
      'PUT /api/v1/agents/a-1/status': () => json({ code: 'forbidden', detail: 'Agents set their own status; admins anyone\'s.' }, 403),
    });
    withQueryClient(<StatusSwitch agentId="a-1" />);
    const select = await screen.findByRole('combobox', { name: /Your status/ });

    await userEvent.selectOptions(select, 'offline');

    expect(await screen.findByRole('alert')).toHaveTextContent('Status not changed');
    expect(select).toHaveValue('online');
  });
});
