import { useId, useState } from 'react';
import { Button } from '@/components/ui/Button';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { Spinner } from '@/components/ui/Spinner';
import { humanize } from '@/lib/labels';
import { exactTime, relativeTime, toLocalInput } from '@/lib/time';
import { type AuditEntry, changesOf, describe, entryAt, useAudit, type ValueLabel } from '../api/audit';

export interface HistoryPanelProps {
  ticketId: string;
  names: ReadonlyMap<string, string>;
  valueLabel?: ValueLabel;
  asOf?: string;
  onShowAsOf: (instant: string) => void;
}

function actorOf(entry: AuditEntry): string {
  const actor = entry.actor;
  const name = actor?.name ?? (actor?.type === 'system' ? 'AutoCRM' : actor?.type === 'api_key' ? 'An integration' : 'Someone');
  const role = actor?.role ?? actor?.type;
  return role ? `${name} (${humanize(role).toLowerCase()})` : name;
}

/** The audit trail, newest first, and the time control: any row's time, or any instant, shows the ticket as it was. */
export function HistoryPanel({ ticketId, names, valueLabel, asOf, onShowAsOf }: HistoryPanelProps) {
  const audit = useAudit(ticketId);
  const inputId = useId();
  const [instant, setInstant] = useState(() => toLocalInput(asOf ? new Date(asOf) : new Date()));
  if (audit.isPending) {
    return <Spinner label="Loading the history…" />;
  }
  if (audit.isError) {
    return <ErrorState error={audit.error} onRetry={() => void audit.refetch()} />;
  }
  const entries = audit.data;
  const shown = asOf ? entryAt(entries, asOf) : undefined;
  return (
    <section aria-labelledby="history-title" className="flex flex-col gap-3">
      <h2 id="history-title" className="sr-only">
        History
      </h2>
      <form
        className="flex flex-wrap items-end gap-2 rounded-lg border border-line bg-surface p-3"
        onSubmit={(event) => {
          event.preventDefault();
          const date = new Date(instant);
          if (!Number.isNaN(date.getTime())) {
            onShowAsOf(date.toISOString());
          }
        }}
      >
        <div className="flex flex-col gap-1">
          <label htmlFor={inputId} className="text-xs font-medium text-muted">
            Show this ticket as it was at
          </label>
          <input
            id={inputId}
            type="datetime-local"
            step={1}
            required
            value={instant}
            onChange={(event) => setInstant(event.target.value)}
            className="rounded-md border border-line bg-surface px-2 py-1.5 text-sm text-ink focus:outline-none focus-visible:ring-2 focus-visible:ring-accent"
          />
        </div>
        <Button type="submit">Show</Button>
        <p className="basis-full text-xs text-muted">Or pick the time of any change below.</p>
      </form>
      {entries.length === 0 ? (
        <EmptyState title="No history yet" />
      ) : (
        <ol aria-label="Audit trail" className="flex flex-col">
          {entries.toReversed().map((entry) => {
            const current = shown !== undefined && shown.version === entry.version;
            const changes = changesOf(entry, names, valueLabel);
            return (
              <li key={`${entry.version}-${entry.eventType}-${entry.globalIndex}`} aria-current={current ? 'step' : undefined} className={`relative border-l-2 py-2 pl-4 ${current ? 'border-accent bg-accent-soft/50' : 'border-line'}`}>
                <span aria-hidden className={`absolute -left-[5px] top-3.5 size-2 rounded-full ${current ? 'bg-accent' : 'bg-line'}`} />
                <div className="flex flex-wrap items-baseline gap-x-2 text-xs text-muted">
                  {entry.occurredAt && (
                    <button
                      type="button"
                      onClick={() => onShowAsOf(entry.occurredAt ?? '')}
                      title={`Show the ticket as it was at ${exactTime(entry.occurredAt)}`}
                      aria-label={`Show the ticket as it was at ${exactTime(entry.occurredAt)} (version ${entry.version})`}
                      className="rounded font-medium text-accent underline-offset-2 outline-none hover:underline focus-visible:ring-2 focus-visible:ring-accent"
                    >
                      <time dateTime={entry.occurredAt}>{relativeTime(entry.occurredAt)}</time>
                    </button>
                  )}
                  <span>{actorOf(entry)}</span>
                  {entry.channel && <span>via {entry.channel}</span>}
                  {entry.cause && (
                    <span className="rounded bg-accent-soft px-1.5 font-medium text-ink" title={causeTitle(entry.cause)}>
                      {causeLabel(entry.cause)}
                      {entry.cause.version != null && (entry.cause.type === 'trigger' || entry.cause.type === 'automation'
                        || entry.cause.type === 'sla-policy') && (
                        <span className="font-normal text-muted"> (version {entry.cause.version})</span>
                      )}
                    </span>
                  )}
                  <span className="ml-auto tabular-nums">v{entry.version}</span>
                </div>
                <p className="mt-0.5 text-sm">{describe(entry, names)}</p>
                {causeNote(entry) && <p className="mt-0.5 break-words text-xs text-muted">{causeNote(entry)}</p>}
                {changes.length > 0 && (
                  <ul className="mt-1 space-y-0.5 text-xs">
                    {changes.map((change) => (
                      <li key={change.field} className="text-muted">
                        <span className="font-medium text-ink">{humanize(change.field.replace(/^customFields\./, ''))}</span>:{' '}
                        {change.from !== null && <span className="line-through">{change.from}</span>}
                        {change.from !== null && change.to !== null && ' → '}
                        {change.to !== null && <span className="text-ink">{change.to}</span>}
                        {change.from === null && change.to === null && '—'}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

/**
 * What caused a change besides its actor, as the history says it: "via macro …", "via rule … v2", "by Billing: least
 * busy", "via mail".
 */
function causeLabel(cause: { type?: string; name?: string; version?: number | null }): string {
  switch (cause.type) {
    case 'routing-rule': return `via rule ${cause.name ?? ''}${cause.version ? ` v${cause.version}` : ''}`;
    case 'assignment': return `by ${cause.name ?? ''}`;
    case 'sla-policy': return `via SLA policy ${cause.name ?? ''}`;
    // A received mail; its name is the mail's Message-ID, shown on hover.
    case 'mail': return 'via mail';
    default: return `via ${cause.type ?? ''} ${cause.name ?? ''}`;
  }
}

/** The Message-ID of the mail that caused a change, on hover. */
function causeTitle(cause: { type?: string; name?: string }): string | undefined {
  return cause.type === 'mail' && cause.name ? `Message-ID ${cause.name}` : undefined;
}

/** The cause's reason on a line of its own: why an assignment chose whom ("Why: …"), how a mail was matched ("How: …"). */
function causeNote(entry: AuditEntry): string | undefined {
  const cause = entry.cause;
  if (!cause?.reason) return undefined;
  // The document's list of cause types predates mail; the server sends it all the same.
  const type: string | undefined = cause.type;
  if (type === 'assignment' && entry.eventType === 'TicketAssignedEvent') return `Why: ${cause.reason}`;
  if (type === 'mail') return `How: ${cause.reason}`;
  return undefined;
}
