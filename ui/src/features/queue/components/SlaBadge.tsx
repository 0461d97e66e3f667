import { useEffect, useState } from 'react';
import { exactTime } from '@/lib/time';
import { formatMinutes, slaMetricName, slaMetricShort, timeLeft } from '@/lib/sla';
import type { QueueItem } from '../api/queue';

export interface SlaBadgeProps {
  sla: QueueItem['sla'];
}

/** Re-renders every half minute so the time left stays true. */
function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/**
 * A ticket's next SLA target: its metric and the time left (amber within the hour, red when overdue or breached); an
 * overdue one shows how late as negative time, as helpdesks do (its label says "late").
 */
export function SlaBadge({ sla }: SlaBadgeProps) {
  const now = useNow();
  if (!sla) return <span className="text-muted">—</span>;
  if (!sla.dueAt) {
    return <span className="rounded bg-danger-soft px-1.5 py-0.5 text-xs font-medium text-danger">Breached</span>;
  }
  const left = timeLeft(sla.dueAt, now);
  const tone = sla.breached || left.overdue ? 'bg-danger-soft text-danger'
    : left.minutes <= 60 ? 'bg-note text-note-ink' : 'bg-raised text-ink';
  const label = `${slaMetricName(sla.metric)}: ${left.overdue ? left.text : `${left.text} left`}${sla.breached ? ' (breached)' : ''}, due ${exactTime(sla.dueAt)}`;
  return (
    <span className={`truncate whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-medium tabular-nums ${tone}`} title={label} aria-label={label}>
      {slaMetricShort(sla.metric)} · {left.overdue ? `−${formatMinutes(-left.minutes)}` : left.text}
    </span>
  );
}
