import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi, json } from '@/test/fakeApi';
import { withQueryClient } from '@/test/render';
import { LoginsScreen } from './LoginsScreen';

let server: ReturnType<typeof fakeApi> | undefined;
afterEach(() => server?.restore());

describe('LoginsScreen', { timeout: 30_000 }, () => {
  it('explains the last-admin rule when the server refuses to demote the only admin', async () => {
    server = fakeApi({
      'GET /api/v1/me': () => ({ id: 'u1', role: 'admin', email: 'ada@example.com' }),
      'GET /api/v1/agents': () => [],
      'GET /api/v1/users': () => ({ items: [{ id: 'u1', email: 'ada@example.com', role: 'admin', enabled: true, hasPassword: true }] }),
      'PATCH /api/v1/users/u1': () => json({ code: 'last-admin', detail: 'The last enabled admin cannot lose the role.' }, 409),
    });
    withQueryClient(<LoginsScreen />);
    await userEvent.selectOptions(await screen.findByLabelText('Role of ada@example.com'), 'agent');
    expect(await screen.findByRole('alert')).toHaveTextContent('The last enabled admin cannot lose the role.');
    expect(screen.getByText(/always keeps at least one enabled admin/)).toBeInTheDocument();
    expect(server.calls('PATCH /api/v1/users/u1')[0]?.body).toEqual({ role: 'agent' });
  });

  it('disables a login', async () => {
    server = fakeApi({
      'GET /api/v1/me': () => ({ id: 'u1', role: 'admin' }),
      'GET /api/v1/agents': () => [],
      'GET /api/v1/users': () => ({ items: [{ id: 'u2', email: 'grace@example.com', role: 'agent', enabled: true }] }),
      'PATCH /api/v1/users/u2': (request) => ({ id: 'u2', role: 'agent', ...(request.body as object) }),
    });
    withQueryClient(<LoginsScreen />);
    await userEvent.click(await screen.findByRole('button', { name: 'Disable' }));
    expect(server.calls('PATCH /api/v1/users/u2')[0]?.body).toEqual({ enabled: false });
  });
});
