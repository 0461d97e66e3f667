import { useState, type FormEvent } from 'react';
import { Badge } from '@/components/ui/Badge';
import { Button } from '@/components/ui/Button';
import { CheckboxField } from '@/components/ui/CheckboxField';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { FormProblem, fieldError } from '@/components/ui/FormProblem';
import { Modal } from '@/components/ui/Modal';
import { RelativeTime } from '@/components/ui/RelativeTime';
import { Spinner } from '@/components/ui/Spinner';
import { TextInput } from '@/components/ui/TextInput';
import { SCOPES, useApiKeys, useIssueApiKey, useRevokeApiKey, type ApiKey } from '../api/integrations';
import { ConsolePage, Panel, TABLE } from './ConsolePage';
import { IssuedKeyNotice } from './IssuedKeyNotice';

const SCOPE_HINTS: Record<string, string> = {
  'tickets:read': 'read tickets, the live queue, statuses, fields, teams',
  'tickets:write': 'create and change tickets, add messages',
  'events:read': 'read event histories, audit trails, past states',
  'users:read': 'read customers, organisations, agents',
  'mail:inbound': 'hand received mail to AutoCRM (the inbound webhook of a mail provider)',
  'users:write': 'register customers',
  admin: 'everything, including this screen',
};

/** API keys for integrations: issue with scopes, expiry and a rate limit; see last use; revoke at once. */
export function ApiKeysScreen() {
  const keys = useApiKeys();
  const [issued, setIssued] = useState<string>();
  return (
    <ConsolePage title="API keys" description="Keys let integrations call the API with the scopes you give them. The whole key is shown once, when it is issued; AutoCRM keeps only a hash.">
      {issued ? <IssuedKeyNotice apiKey={issued} onDone={() => setIssued(undefined)} /> : <NewKeyForm onIssued={setIssued} />}
      {keys.isPending ? <Spinner label="Loading keys…" />
        : keys.isError ? <ErrorState error={keys.error} onRetry={() => void keys.refetch()} />
        : keys.data.length === 0 ? <EmptyState title="No API keys yet">Issue one above for your first integration.</EmptyState>
        : (
          <div className={TABLE.wrap} tabIndex={0}>
            <table className={TABLE.table}>
              <thead><tr>
                <th className={TABLE.th}>Name</th><th className={TABLE.th}>Scopes</th><th className={TABLE.th}>Last used</th>
                <th className={TABLE.th}>Expires</th><th className={TABLE.th}>State</th><th className={TABLE.th}><span className="sr-only">Actions</span></th>
              </tr></thead>
              <tbody>{keys.data.map((key) => <KeyRow key={key.id} apiKey={key} />)}</tbody>
            </table>
          </div>
        )}
    </ConsolePage>
  );
}

function NewKeyForm({ onIssued }: { onIssued: (key: string) => void }) {
  const issue = useIssueApiKey();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<string[]>(['tickets:read']);
  const [expires, setExpires] = useState('');
  const [rate, setRate] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    issue.mutate({
      name,
      scopes,
      expiresAt: expires ? new Date(`${expires}T23:59:59`).toISOString() : undefined,
      rateLimitPerMinute: rate ? Number(rate) : undefined,
    }, { onSuccess: (issued) => { setName(''); onIssued(issued.key ?? ''); } });
  };
  const toggle = (scope: string, on: boolean) => setScopes((all) => (on ? [...all, scope] : all.filter((s) => s !== scope)));
  return (
    <Panel title="Issue a key">
      <form onSubmit={submit} className="flex flex-wrap items-start gap-3">
        <TextInput label="Name" value={name} onChange={setName} hint="Who or what uses it, e.g. “Billing sync”."
          error={fieldError(issue.error, 'name')} className="min-w-56 flex-1" />
        <TextInput label="Expires on (optional)" type="date" value={expires} onChange={setExpires}
          error={fieldError(issue.error, 'expiresAt')} className="w-44" />
        <TextInput label="Requests per minute (optional)" type="number" inputMode="numeric" value={rate} onChange={setRate}
          error={fieldError(issue.error, 'rateLimitPerMinute')} hint="Empty: the default limit." className="w-52" />
        <fieldset className="basis-full">
          <legend className="mb-1 text-xs font-medium text-muted">Scopes</legend>
          <div className="grid gap-1 sm:grid-cols-2">
            {SCOPES.map((scope) => (
              <div key={scope} className="flex flex-col">
                <CheckboxField label={scope} isSelected={scopes.includes(scope)} onChange={(on) => toggle(scope, on)} />
                <span className="ml-6 text-xs text-muted">{SCOPE_HINTS[scope]}</span>
              </div>
            ))}
          </div>
          {fieldError(issue.error, 'scopes') && <p className="mt-1 text-xs font-medium text-danger">{fieldError(issue.error, 'scopes')}</p>}
        </fieldset>
        <Button type="submit" variant="primary" isDisabled={issue.isPending}>Issue key</Button>
        <div className="basis-full empty:hidden">
          <FormProblem error={issue.error} shownFields={['name', 'scopes', 'expiresAt', 'rateLimitPerMinute']} />
        </div>
      </form>
    </Panel>
  );
}

function KeyRow({ apiKey }: { apiKey: ApiKey }) {
  const revoke = useRevokeApiKey();
  const [confirming, setConfirming] = useState(false);
  const expired = apiKey.expiresAt !== undefined && new Date(apiKey.expiresAt) < new Date();
  return (
    <tr className={apiKey.active ? '' : 'text-muted'}>
      <td className={TABLE.td}>
        <span className="font-medium">{apiKey.name}</span>
        <p className="font-mono text-xs text-muted">{apiKey.prefix}…</p>
      </td>
      <td className={TABLE.td}><span className="flex flex-wrap gap-1">{(apiKey.scopes ?? []).map((s) => <Badge key={s}>{s}</Badge>)}</span>
        {apiKey.rateLimitPerMinute !== undefined && <p className="mt-1 text-xs text-muted">{apiKey.rateLimitPerMinute} requests/min</p>}
      </td>
      <td className={TABLE.td}>{apiKey.lastUsedAt ? <RelativeTime value={apiKey.lastUsedAt} /> : <span className="text-muted">never</span>}</td>
      <td className={TABLE.td}>{apiKey.expiresAt ? <RelativeTime value={apiKey.expiresAt} /> : <span className="text-muted">never</span>}</td>
      <td className={TABLE.td}>
        {apiKey.revoked ? <Badge tone="danger">revoked</Badge> : expired ? <Badge tone="danger">expired</Badge> : <Badge tone="success">active</Badge>}
      </td>
      <td className={`${TABLE.td} text-right`}>
        {!apiKey.revoked && (
          <Button size="sm" variant="danger" onPress={() => setConfirming(true)} aria-label={`Revoke ${apiKey.name ?? ''}`}>Revoke</Button>
        )}
        <Modal title={`Revoke “${apiKey.name ?? ''}”?`} isOpen={confirming} onOpenChange={setConfirming}>
          <p className="text-sm">Every call with this key is refused from now on, on every node. This cannot be undone: the integration needs a new key.</p>
          <FormProblem error={revoke.error} />
          <div className="mt-4 flex justify-end gap-2">
            <Button onPress={() => setConfirming(false)}>Keep it</Button>
            <Button variant="danger" isDisabled={revoke.isPending}
              onPress={() => revoke.mutate(apiKey.id ?? '', { onSuccess: () => setConfirming(false) })}>Revoke key</Button>
          </div>
        </Modal>
      </td>
    </tr>
  );
}
