import { useState, type FormEvent } from 'react';
import { ApiProblem } from '@/api/problem';
import { Badge } from '@/components/ui/Badge';
import { Button } from '@/components/ui/Button';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { FormProblem } from '@/components/ui/FormProblem';
import { RelativeTime } from '@/components/ui/RelativeTime';
import { SelectField } from '@/components/ui/SelectField';
import { Spinner } from '@/components/ui/Spinner';
import { TextInput } from '@/components/ui/TextInput';
import {
  actorText, fieldLabel, kindLabel, useAuditKinds, useAuditLog, valueText,
  type AuditFilters, type ConfigChange, type FieldChange,
} from '../api/auditLog';
import { ConsolePage } from './ConsolePage';

const OPERATIONS = {
  insert: { label: 'created', tone: 'success' },
  update: { label: 'changed', tone: 'accent' },
  delete: { label: 'deleted', tone: 'danger' },
} as const;

const ACTORS = [
  { value: 'user', label: 'People' },
  { value: 'api_key', label: 'API keys' },
  { value: 'system', label: 'AutoCRM itself' },
  { value: 'migration', label: 'Migrations' },
];

/** The configuration history: every change of configuration, who made it, when, and what changed, newest first. */
export function AuditLogScreen() {
  const [filters, setFilters] = useState<AuditFilters>({});
  const log = useAuditLog(filters);
  const entries = log.data?.pages.flatMap((page) => page.items ?? []) ?? [];
  return (
    <ConsolePage title="Audit log"
      description="Every change of configuration — agents, teams, skills, calendars and schedules, organisations, statuses, fields, logins, API keys, settings, macros, views, routing rules, SLA policies, triggers and automations — with who made it, when, and what it was before and after. Secrets (passwords, key hashes) are recorded only as changed.">
      <AuditFiltersForm onApply={setFilters} />
      {log.isPending ? <Spinner label="Loading the audit log…" />
        : log.isError ? (
          log.error instanceof ApiProblem && log.error.code === 'validation-failed'
            ? <FormProblem error={log.error} />
            : <ErrorState error={log.error} onRetry={() => void log.refetch()} />
        )
        : entries.length === 0 ? <EmptyState title="No changes match these filters" />
        : (
          <>
            <ol aria-label="Configuration changes" className="flex flex-col gap-3">
              {entries.map((entry) => <AuditEntry key={entry.id} entry={entry} />)}
            </ol>
            {log.hasNextPage && (
              <Button variant="secondary" className="self-center" isDisabled={log.isFetchingNextPage}
                onPress={() => void log.fetchNextPage()}>
                {log.isFetchingNextPage ? 'Loading…' : 'Show older changes'}
              </Button>
            )}
          </>
        )}
    </ConsolePage>
  );
}

function AuditFiltersForm({ onApply }: { onApply: (filters: AuditFilters) => void }) {
  const kinds = useAuditKinds();
  const [kind, setKind] = useState('');
  const [actor, setActor] = useState('');
  const [key, setKey] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [q, setQ] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ kind, actor, key: key.trim(), q: q.trim(), from: instant(from), to: instant(to) });
  };
  const clear = () => {
    setKind(''); setActor(''); setKey(''); setFrom(''); setTo(''); setQ('');
    onApply({});
  };
  return (
    <form onSubmit={submit} aria-label="Filter the audit log"
      className="grid grid-cols-1 gap-3 rounded-lg border border-line bg-surface p-4 sm:grid-cols-2 lg:grid-cols-3">
      <SelectField label="What" value={kind} placeholder="Everything" onChange={setKind}
        options={(kinds.data ?? []).map((value) => ({ value, label: kindLabel(value) }))} />
      <SelectField label="Who" value={actor} placeholder="Anyone" onChange={setActor} options={ACTORS} />
      <TextInput label="Text" value={q} onChange={setQ} placeholder="A name, a value, an id…" />
      <TextInput label="From" type="datetime-local" value={from} onChange={setFrom} />
      <TextInput label="Until" type="datetime-local" value={to} onChange={setTo} />
      <TextInput label="Id or key" value={key} onChange={setKey} placeholder="e.g. a team's id" />
      <div className="flex gap-2 sm:col-span-2 lg:col-span-3">
        <Button type="submit" variant="primary">Apply filters</Button>
        <Button variant="secondary" onPress={clear}>Clear</Button>
      </div>
    </form>
  );
}

/** A local date and time from the picker as an instant; empty stays empty. */
function instant(local: string): string {
  return local ? new Date(local).toISOString() : '';
}

function AuditEntry({ entry }: { entry: ConfigChange }) {
  const operation = OPERATIONS[(entry.operation ?? 'update') as keyof typeof OPERATIONS] ?? OPERATIONS.update;
  const changes = entry.changes ?? [];
  return (
    <li>
      <article aria-label={`${kindLabel(entry.kind ?? '')} ${operation.label} by ${actorText(entry)}`}
        className="rounded-lg border border-line bg-surface p-3 text-sm">
        <header className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
          <span className="font-semibold">{kindLabel(entry.kind ?? '')}</span>
          <Badge tone={operation.tone}>{operation.label}</Badge>
          <span className="text-muted">by <span className="text-ink">{actorText(entry)}</span></span>
          <span className="ml-auto text-xs text-muted">
            {entry.occurredAt && <RelativeTime value={entry.occurredAt} />}
          </span>
        </header>
        <p className="mt-0.5 break-all font-mono text-xs text-muted">{entry.kind} · {entry.key}</p>
        {changes.length > 0 && (
          <dl className="mt-2 grid grid-cols-1 gap-x-3 gap-y-1 sm:grid-cols-[minmax(8rem,auto)_1fr]">
            {changes.map((change) => <ChangeRow key={change.field} change={change} operation={entry.operation ?? ''} />)}
          </dl>
        )}
      </article>
    </li>
  );
}

function ChangeRow({ change, operation }: { change: FieldChange; operation: string }) {
  const field = fieldLabel(change.field ?? '');
  if (change.secret) {
    return (
      <>
        <dt className="font-medium text-muted">{field}</dt>
        <dd><span className="italic">changed</span> <span className="text-xs text-muted">(secret, not recorded)</span></dd>
      </>
    );
  }
  return (
    <>
      <dt className="font-medium text-muted">{field}</dt>
      <dd className="min-w-0 break-words">
        {operation === 'insert' ? <span>{valueText(change.after)}</span>
          : operation === 'delete' ? <del className="text-muted">{valueText(change.before)}</del>
          : (
            <>
              <del className="text-muted">{valueText(change.before)}</del>
              <span aria-hidden className="mx-1 text-muted">→</span>
              <span className="sr-only"> became </span>
              <ins className="no-underline font-medium">{valueText(change.after)}</ins>
            </>
          )}
      </dd>
    </>
  );
}
