import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi, json } from '@/test/fakeApi';
import { withQueryClient } from '@/test/render';
import { ApiKeysScreen } from './ApiKeysScreen';

const KEY = { id: 'k1', name: 'Billing sync', prefix: 'acrm_ab12', scopes: ['tickets:read'], active: true, revoked: false, createdAt: '2026-12-01T10:00:00Z', lastUsedAt: '2026-12-06T10:00:00Z', rateLimitPerMinute: 120 };

let server: ReturnType<typeof fakeApi> | undefined;
afterEach(() => server?.restore());

describe('ApiKeysScreen', { timeout: 30_000 }, () => {
  it('issues a key with scopes, expiry and rate limit and shows the whole key once', async () => {
    let keys: unknown[] = [];
    server = fakeApi({
      'GET /api/v1/api-keys': () => keys,
      'POST /api/v1/api-keys': (request) => {
        keys = [{ ...KEY, name: (request.body as { name: string }).name }];
        return json({ key: 'acrm_ab12_secret-value-0123456789012345678901234567', apiKey: keys[0] }, 201);
      },
    });
    withQueryClient(<ApiKeysScreen />);
    await screen.findByText('No API keys yet');
    await userEvent.type(screen.getByLabelText('Name'), 'Billing sync');
    await userEvent.click(screen.getByRole('checkbox', { name: 'tickets:write' }));
    await userEvent.type(screen.getByLabelText('Expires on (optional)'), '2027-01-31');
    await userEvent.type(screen.getByLabelText('Requests per minute (optional)'), '120');
    await userEvent.click(screen.getByRole('button', { name: 'Issue key' }));

    const notice = await screen.findByRole('region', { name: 'New API key' });
    expect(within(notice).getByTestId('issued-key')).toHaveTextContent('acrm_ab12_secret-value-0123456789012345678901234567');
    expect(within(notice).getByRole('button', { name: 'Copy key' })).toBeInTheDocument();
    const body = server.calls('POST /api/v1/api-keys')[0]?.body as Record<string, unknown>;
    expect(body).toMatchObject({ name: 'Billing sync', scopes: ['tickets:read', 'tickets:write'], rateLimitPerMinute: 120 });
    expect(String(body.expiresAt)).toMatch(/^2027-01-3[01]T/);
    expect(await screen.findByText('Billing sync')).toBeInTheDocument();

    await userEvent.click(within(notice).getByRole('button', { name: 'I have stored it' }));
    expect(screen.queryByText(/secret-value/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Issue key' })).toBeInTheDocument();
  });

  it('shows the server\'s field errors beside the fields', async () => {
    server = fakeApi({
      'GET /api/v1/api-keys': () => [],
      'POST /api/v1/api-keys': () => json({ code: 'validation-failed', detail: 'The request is invalid.', errors: [{ field: 'name', message: 'must not be blank' }] }, 400),
    });
    withQueryClient(<ApiKeysScreen />);
    await userEvent.click(await screen.findByRole('button', { name: 'Issue key' }));
    const name = screen.getByLabelText('Name');
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(name).toHaveAccessibleDescription(/must not be blank/);
    expect(screen.getByRole('alert')).toHaveTextContent('Please correct the fields marked above.');
  });

  it('revokes a key only after confirmation', async () => {
    server = fakeApi({
      'GET /api/v1/api-keys': () => [KEY],
      'DELETE /api/v1/api-keys/k1': () => new Response(null, { status: 204 }),
    });
    withQueryClient(<ApiKeysScreen />);
    await userEvent.click(await screen.findByRole('button', { name: 'Revoke Billing sync' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('cannot be undone');
    expect(server.calls('DELETE /api/v1/api-keys/k1')).toHaveLength(0);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Revoke key' }));
    await waitFor(() => expect(server?.calls('DELETE /api/v1/api-keys/k1')).toHaveLength(1));
  });
});
