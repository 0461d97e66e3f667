// SLA metrics as people read them, and time left until a due time ("12m left", "2h 5m overdue").

export const SLA_METRICS = [
  'first-reply-time',
  'next-reply-time',
  'periodic-update',
  'pausable-update',
  'requester-wait-time',
  'agent-work-time',
  'total-resolution-time',
] as const;

export type SlaMetric = (typeof SLA_METRICS)[number];

const NAMES: Record<string, string> = {
  'first-reply-time': 'First reply',
  'next-reply-time': 'Next reply',
  'periodic-update': 'Periodic update',
  'pausable-update': 'Pausable update',
  'requester-wait-time': 'Requester wait',
  'agent-work-time': 'Agent work',
  'total-resolution-time': 'Resolution',
};

const SHORT: Record<string, string> = {
  'first-reply-time': '1st reply',
  'next-reply-time': 'Reply',
  'periodic-update': 'Update',
  'pausable-update': 'Update',
  'requester-wait-time': 'Wait',
  'agent-work-time': 'Work',
  'total-resolution-time': 'Resolve',
};

/** A word for a badge: "1st reply", "Work" … */
export function slaMetricShort(metric: string | undefined): string {
  return metric ? (SHORT[metric] ?? metric) : 'SLA';
}

/** "First reply", "Agent work" … (the metric key itself when unknown). */
export function slaMetricName(metric: string | undefined): string {
  return metric ? (NAMES[metric] ?? metric) : 'SLA';
}

/** A duration in whole minutes as "45m", "3h 5m", "2d 4h". */
export function formatMinutes(totalMinutes: number): string {
  const minutes = Math.max(0, Math.round(totalMinutes));
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 === 0 ? `${hours}h` : `${hours}h ${minutes % 60}m`;
  const days = Math.floor(hours / 24);
  return hours % 24 === 0 ? `${days}d` : `${days}d ${hours % 24}h`;
}

/** What a badge says of a due time at {@code now}: the time left, or how long overdue. */
export function timeLeft(dueAt: string, now: number = Date.now()): { text: string; overdue: boolean; minutes: number } {
  const minutes = (new Date(dueAt).getTime() - now) / 60_000;
  if (minutes < 0) return { text: `${formatMinutes(-minutes)} late`, overdue: true, minutes };
  return { text: formatMinutes(minutes), overdue: false, minutes };
}
