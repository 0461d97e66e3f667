import { useState, type FormEvent } from 'react';
import { useAgents, useMe } from '@/api/directory';
import { ApiProblem } from '@/api/problem';
import { Badge } from '@/components/ui/Badge';
import { Button } from '@/components/ui/Button';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { FormProblem, fieldError } from '@/components/ui/FormProblem';
import { RelativeTime } from '@/components/ui/RelativeTime';
import { SelectField } from '@/components/ui/SelectField';
import { Spinner } from '@/components/ui/Spinner';
import { TextInput } from '@/components/ui/TextInput';
import { useChangeLogin, useCreateLogin, useLogins, type Login, type LoginRole } from '../api/people';
import { ConsolePage, Panel, TABLE } from './ConsolePage';

const ROLES = [
  { value: 'admin', label: 'Admin' },
  { value: 'agent', label: 'Agent' },
  { value: 'customer', label: 'Customer' },
];

export const LAST_ADMIN_EXPLAINED =
  'AutoCRM always keeps at least one enabled admin, so that someone can still run this console. Make another login an admin first, then try again.';

/** Logins: who can sign in, with which role; enable, disable, change role; the last-admin rule explained. */
export function LoginsScreen() {
  const [role, setRole] = useState<LoginRole | ''>('');
  const logins = useLogins(role);
  return (
    <ConsolePage title="Logins and roles"
      description="Who can sign in and as what. Admins are agents who may also use this console. A disabled login cannot sign in and its sessions end at once. Customers get a login from their profile (Customers).">
      <NewStaffLoginForm />
      <div className="flex items-end gap-3">
        <SelectField label="Show" value={role} placeholder="Every role" options={ROLES} onChange={(value) => setRole(value as LoginRole | '')} />
      </div>
      {logins.isPending ? <Spinner label="Loading logins…" />
        : logins.isError ? <ErrorState error={logins.error} onRetry={() => void logins.refetch()} />
        : (logins.data.items ?? []).length === 0 ? <EmptyState title="No logins with this role" />
        : (
          <div className={TABLE.wrap} tabIndex={0}>
            <table className={TABLE.table}>
              <thead><tr>
                <th className={TABLE.th}>Email</th><th className={TABLE.th}>Role</th><th className={TABLE.th}>State</th>
                <th className={TABLE.th}>Password changed</th><th className={TABLE.th}><span className="sr-only">Actions</span></th>
              </tr></thead>
              <tbody>{(logins.data.items ?? []).map((login) => <LoginRow key={login.id} login={login} />)}</tbody>
            </table>
          </div>
        )}
    </ConsolePage>
  );
}

function LoginRow({ login }: { login: Login }) {
  const change = useChangeLogin();
  const me = useMe();
  const id = login.id ?? '';
  const lastAdmin = change.error instanceof ApiProblem && change.error.code === 'last-admin';
  return (
    <tr className={login.enabled ? '' : 'text-muted'}>
      <td className={TABLE.td}>{login.email}{me.data?.id === login.id && <span className="ml-1 text-xs text-muted">(you)</span>}</td>
      <td className={TABLE.td}>
        {login.role === 'customer' ? 'Customer' : (
          <select aria-label={`Role of ${login.email ?? ''}`} value={login.role} disabled={change.isPending}
            onChange={(event) => change.mutate({ id, role: event.target.value })}
            className="rounded-md border border-line bg-surface px-2 py-1 text-sm text-ink">
            <option value="admin">Admin</option>
            <option value="agent">Agent</option>
          </select>
        )}
      </td>
      <td className={TABLE.td}>{login.enabled ? <Badge tone="success">enabled</Badge> : <Badge tone="danger">disabled</Badge>}</td>
      <td className={TABLE.td}>{login.passwordChangedAt ? <RelativeTime value={login.passwordChangedAt} /> : <span className="text-muted">{login.hasPassword ? '—' : 'no password'}</span>}</td>
      <td className={`${TABLE.td} text-right`}>
        <Button size="sm" variant={login.enabled ? 'danger' : 'secondary'} isDisabled={change.isPending}
          onPress={() => change.mutate({ id, enabled: !login.enabled })}>
          {login.enabled ? 'Disable' : 'Enable'}
        </Button>
        {change.error && (
          <div className="mt-2 max-w-sm text-left">
            <FormProblem error={change.error} />
            {lastAdmin && <p className="mt-1 text-xs text-muted">{LAST_ADMIN_EXPLAINED}</p>}
          </div>
        )}
      </td>
    </tr>
  );
}

/** A login for an agent who has none yet (admins are agents with the admin role). */
function NewStaffLoginForm() {
  const agents = useAgents();
  const create = useCreateLogin();
  const [agentId, setAgentId] = useState('');
  const [role, setRole] = useState('agent');
  const [password, setPassword] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ id: agentId, role, password }, { onSuccess: () => { setAgentId(''); setPassword(''); } });
  };
  return (
    <Panel title="Give an agent a login">
      <form onSubmit={submit} className="flex flex-wrap items-start gap-3">
        <SelectField label="Agent" value={agentId} placeholder="Choose an agent" onChange={setAgentId}
          options={(agents.data ?? []).map((agent) => ({ value: agent.id ?? '', label: `${agent.name ?? ''} (${agent.email ?? ''})` }))} />
        <SelectField label="Role" value={role} onChange={setRole} options={ROLES.slice(0, 2)} />
        <TextInput label="Initial password" type="password" autoComplete="new-password" value={password} onChange={setPassword}
          hint="At least 12 characters; they can change it later." error={fieldError(create.error, 'password', ['weak-password'])} className="min-w-56 flex-1" />
        <Button type="submit" variant="primary" className="mt-5" isDisabled={create.isPending || agentId === ''}>Create login</Button>
        <div className="basis-full empty:hidden"><FormProblem error={create.error} shownFields={['password']} shownCodes={['weak-password']} /></div>
      </form>
    </Panel>
  );
}
