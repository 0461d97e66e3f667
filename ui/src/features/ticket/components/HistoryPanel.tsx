import { useState } from 'react';
import { ErrorState } from '@/components/ui/ErrorState';
import { RelativeTime } from '@/components/ui/RelativeTime';
import { Spinner } from '@/components/ui/Spinner';
import { humanize } from '@/lib/labels';
import { toLocalInput } from '@/lib/time';
import { type AuditEntry, useAudit } from '../api/ticket';

export interface HistoryPanelProps {
  ticketId: string;
  onShowAsOf: (instant: string) => void;
}

function describeChange(change: Record<string, unknown>): string {
  const field = String(change.field ?? change.property ?? change.name ?? '');
  const from = change.old ?? change.from ?? change.before;
  const to = change.new ?? change.to ?? change.after;
  const show = (value: unknown) => (value === null || value === undefined || value === '' ? '—' : Array.isArray(value) ? value.join(', ') : String(value));
  return `${humanize(field)}: ${show(from)} → ${show(to)}`;
}

/** One millisecond before an entry: the ticket as it was just before that change. */
export function instantBefore(entry: AuditEntry): string {
  return new Date(new Date(entry.occurredAt ?? 0).getTime() - 1).toISOString();
}

/** The audit trail (who, what, old → new, when, channel) and the way back to any past instant. */
export function HistoryPanel({ ticketId, onShowAsOf }: HistoryPanelProps) {
  const audit = useAudit(ticketId);
  const [when, setWhen] = useState(() => toLocalInput(new Date()));
  return (
    <section aria-label="History" className="flex flex-col gap-3">
      <form
        className="flex flex-wrap items-end gap-2 rounded-md border border-line bg-raised/50 p-2"
        onSubmit={(event) => {
          event.preventDefault();
          onShowAsOf(new Date(when).toISOString());
        }}
      >
        <label className="flex flex-col gap-1 text-xs font-medium text-muted">
          Show this ticket as it was at
          <input type="datetime-local" step="1" value={when} onChange={(e) => setWhen(e.target.value)}
            className="rounded-md border border-line bg-surface px-2 py-1 text-sm text-ink" />
        </label>
        <button type="submit" className="rounded-md border border-line bg-surface px-3 py-1 text-sm hover:bg-raised">Show</button>
      </form>
      {audit.isPending ? (
        <Spinner label="Loading history…" />
      ) : audit.isError ? (
        <ErrorState error={audit.error} onRetry={() => void audit.refetch()} />
      ) : (
        <ol aria-label="Audit trail" className="flex flex-col gap-2">
          {[...(audit.data ?? [])].reverse().map((entry) => (
            <li key={entry.version} className="rounded-md border border-line p-2 text-sm">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <span className="font-medium">{entry.description ?? humanize(entry.eventType)}</span>
                {entry.occurredAt && <span className="text-xs text-muted"><RelativeTime value={entry.occurredAt} /></span>}
              </div>
              <p className="text-xs text-muted">
                {entry.actor?.name ?? humanize(entry.actor?.type)}
                {entry.actor?.role ? ` (${entry.actor.role})` : ''}
                {entry.channel ? ` · via ${entry.channel}` : ''} · version {entry.version}
              </p>
              {(entry.changes ?? []).length > 0 && (
                <ul className="mt-1 text-xs">
                  {(entry.changes ?? []).map((change, index) => <li key={index}>{describeChange(change)}</li>)}
                </ul>
              )}
              <button type="button" className="mt-1 text-xs text-accent underline" onClick={() => onShowAsOf(instantBefore(entry))}>
                Show as it was before this
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
