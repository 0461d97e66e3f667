import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi, json } from '@/test/fakeApi';
import { withQueryClient } from '@/test/render';
import { AuditLogScreen } from './AuditLogScreen';

const rename = {
  id: 42, occurredAt: '2026-12-07T08:00:00Z', actor: 'user:0000000a-0000-0000-0000-000000000001', actorName: 'Ada Admin',
  kind: 'directory.team', key: 'f1f1f1f1-0000-0000-0000-000000000001', operation: 'update',
  changes: [{ field: 'name', before: 'Billing', after: 'Billing & invoices', secret: false }],
};
const login = {
  id: 41, occurredAt: '2026-12-07T07:00:00Z', actor: 'system:demo', actorName: null,
  kind: 'identity.user_account', key: 'a1a1a1a1-0000-0000-0000-000000000002', operation: 'insert',
  changes: [
    { field: 'email', before: null, after: 'ann@example.com', secret: false },
    { field: 'enabled', before: null, after: true, secret: false },
    { field: 'password_hash', before: null, after: null, secret: true },
  ],
};
const older = {
  id: 7, occurredAt: '2026-12-01T07:00:00Z', actor: 'api_key:b0b0b0b0-0000-0000-0000-000000000003', actorName: 'bootstrap',
  kind: 'workspace.macro', key: 'c1c1c1c1-0000-0000-0000-000000000004', operation: 'delete',
  changes: [{ field: 'name', before: 'Refund', after: null, secret: false }],
};

let server: ReturnType<typeof fakeApi> | undefined;
afterEach(() => server?.restore());

describe('AuditLogScreen', { timeout: 30_000 }, () => {
  it('shows who changed what, when, and each field from old to new; secrets only as changed', async () => {
    server = fakeApi({
      'GET /api/v1/audit-log/kinds': () => ['directory.team', 'identity.user_account', 'workspace.macro'],
      'GET /api/v1/audit-log': (request) => (request.search.get('cursor') === '41'
        ? { items: [older], nextCursor: null }
        : { items: [rename, login], nextCursor: '41' }),
    });
    withQueryClient(<AuditLogScreen />);

    const entry = await screen.findByRole('article', { name: 'Team changed by Ada Admin' });
    expect(within(entry).getByText('Name')).toBeInTheDocument();
    expect(within(entry).getByText('Billing').tagName).toBe('DEL');
    expect(within(entry).getByText('Billing & invoices').tagName).toBe('INS');
    const created = screen.getByRole('article', { name: 'Login created by AutoCRM (demo)' });
    expect(created).toHaveTextContent('ann@example.com');
    expect(created).toHaveTextContent('Password hash');
    expect(created).toHaveTextContent('(secret, not recorded)');

    await userEvent.click(screen.getByRole('button', { name: 'Show older changes' }));
    const deleted = await screen.findByRole('article', { name: 'Macro deleted by API key “bootstrap”' });
    expect(within(deleted).getByText('Refund').tagName).toBe('DEL');
    expect(screen.queryByRole('button', { name: 'Show older changes' })).not.toBeInTheDocument();
  });

  it('sends the filters and shows a refusal of a bad one', async () => {
    server = fakeApi({
      'GET /api/v1/audit-log/kinds': () => ['directory.team', 'identity.api_key'],
      'GET /api/v1/audit-log': (request) => (request.search.get('q') === 'bad'
        ? json({ code: 'validation-failed', detail: "Parameter 'q' is not acceptable." }, 422)
        : { items: [rename], nextCursor: null }),
    });
    withQueryClient(<AuditLogScreen />);
    await screen.findByRole('article', { name: 'Team changed by Ada Admin' });

    await userEvent.selectOptions(screen.getByLabelText('What'), 'API key');
    await userEvent.selectOptions(screen.getByLabelText('Who'), 'People');
    await userEvent.type(screen.getByLabelText('Text'), 'Billing');
    await userEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    await waitFor(() => {
      const last = server!.calls('GET /api/v1/audit-log').at(-1)!;
      expect(last.search.get('kind')).toBe('identity.api_key');
      expect(last.search.get('actor')).toBe('user');
      expect(last.search.get('q')).toBe('Billing');
    });

    await userEvent.clear(screen.getByLabelText('Text'));
    await userEvent.type(screen.getByLabelText('Text'), 'bad');
    await userEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("Parameter 'q' is not acceptable.");
    expect(alert).toHaveTextContent('validation-failed');
  });
});
