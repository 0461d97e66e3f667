import { ErrorState } from '@/components/ui/ErrorState';
import { Spinner } from '@/components/ui/Spinner';
import { humanize } from '@/lib/labels';
import { formatMinutes, slaMetricName } from '@/lib/sla';
import { exactTime } from '@/lib/time';
import { type SlaTarget, type SlaTimelineEntry, timelineOf, useTicketSla } from '../api/sla';

export interface SlaPanelProps {
  ticketId: string;
  version: number | undefined;
  /** Says which message fulfilled a target ("a public reply by Grace"); the message id when unknown. */
  messageLabel?: (messageId: string) => string | undefined;
}

const STATE_TONE: Record<string, string> = {
  running: 'bg-accent-soft text-ink',
  paused: 'bg-note text-note-ink',
  fulfilled: 'bg-raised text-success',
};

function entryText(entry: SlaTimelineEntry, first: boolean, messageLabel: SlaPanelProps['messageLabel']): string {
  const due = entry.dueAt ? `, due ${exactTime(entry.dueAt)}` : '';
  switch (entry.kind) {
    case 'started':
      return entry.dueAt ? `Started (${humanize(entry.status ?? '')})${due}` : `Started, paused while ${humanize(entry.status ?? '')}`;
    case 'paused':
      return `Paused because ${humanize(entry.status ?? '').toLowerCase()}`;
    case 'resumed':
      // A cycle that begins resuming: the ticket was reopened, and its resolution clock goes on from the solve.
      return first
        ? `Resumed on reopening (${humanize(entry.status ?? '')}), time before the solve counts${due}`
        : `Resumed (${humanize(entry.status ?? '')})${due}`;
    case 'warning':
      return `Warning: nearly due${due}`;
    case 'breached':
      return 'Breached';
    case 'fulfilled': {
      const by = entry.messageId ? `by ${messageLabel?.(entry.messageId) ?? 'a reply'}` : 'by solving the ticket';
      return `Fulfilled ${by}${entry.late ? ' (late)' : ''}`;
    }
    default:
      return humanize(entry.kind);
  }
}

function TargetItem({ target, messageLabel }: { target: SlaTarget; messageLabel: SlaPanelProps['messageLabel'] }) {
  const breached = Boolean(target.breachedAt);
  const name = `${slaMetricName(target.metric)}${(target.cycle ?? 1) > 1 ? ` #${target.cycle}` : ''}`;
  return (
    <li className="rounded-md border border-line p-2">
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-sm font-medium">{name}</span>
        <span className={`rounded px-1.5 text-xs font-medium ${STATE_TONE[target.state ?? ''] ?? 'bg-raised'}`}>{humanize(target.state)}</span>
        {breached && <span className="rounded bg-danger-soft px-1.5 text-xs font-medium text-danger">Breached</span>}
      </div>
      <p className="mt-0.5 text-xs text-muted">
        {target.targetMinutes ? `${formatMinutes(target.targetMinutes)} ${target.businessHours ? 'business hours' : 'calendar hours'}` : ''}
        {target.policyName ? ` · ${target.policyName} v${target.policyVersion ?? ''}` : ''}
        {target.dueAt && target.state === 'running' ? ` · due ${exactTime(target.dueAt)}` : ''}
      </p>
      <ol className="mt-1 flex flex-col gap-0.5 border-l-2 border-line pl-2" aria-label={`${name} timeline`}>
        {timelineOf(target).map((entry, index) => (
          <li key={`${entry.kind}-${entry.at}-${index}`} className="text-xs">
            <time dateTime={entry.at} className="text-muted">{exactTime(entry.at)}</time>{' '}
            <span className={entry.kind === 'breached' ? 'font-medium text-danger' : ''}>{entryText(entry, index === 0, messageLabel)}</span>
          </li>
        ))}
      </ol>
    </li>
  );
}

/** The ticket's SLA targets, each with its timeline (started, paused because pending, resumed, fulfilled, breached). */
export function SlaPanel({ ticketId, version, messageLabel }: SlaPanelProps) {
  const sla = useTicketSla(ticketId, version);
  return (
    <section aria-labelledby="sla-title" className="flex flex-col gap-2">
      <h2 id="sla-title" className="text-sm font-semibold">SLA</h2>
      {sla.isPending ? <Spinner label="Loading SLA targets…" />
        : sla.isError ? <ErrorState error={sla.error} onRetry={() => void sla.refetch()} />
        : (sla.data.targets ?? []).length === 0 ? (
          <p className="text-sm text-muted">{sla.data.policyName ? `${sla.data.policyName} has no targets for this priority.` : 'No SLA policy applies.'}</p>
        ) : (
          <>
            {sla.data.policyName && <p className="text-xs text-muted">Policy: {sla.data.policyName} (version {sla.data.policyVersion})</p>}
            <ul className="flex flex-col gap-2" aria-label="SLA targets">
              {(sla.data.targets ?? []).map((target) => (
                <TargetItem key={`${target.metric}-${target.cycle}`} target={target} messageLabel={messageLabel} />
              ))}
            </ul>
          </>
        )}
    </section>
  );
}
