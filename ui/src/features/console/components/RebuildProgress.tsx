import { duration } from '../api/operations';

export interface RebuildProgressProps {
  done: number;
  total: number;
  fraction: number;
  eventsPerSecond?: number;
  secondsLeft?: number;
  upToDate: boolean;
}

const NUMBER = new Intl.NumberFormat();

/** Every processor together: events done of the total, the rate and the time left, as a progress bar. */
export function RebuildProgress({ done, total, fraction, eventsPerSecond, secondsLeft, upToDate }: RebuildProgressProps) {
  // Up to date means every processor has caught up; events written since (an automation acting) do not make it 99%.
  const percent = upToDate ? 100 : Math.floor(fraction * 100);
  return (
    <section aria-label="Read-model progress" className="rounded-lg border border-line bg-surface p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
        <span className="font-semibold">{upToDate ? 'Read models are up to date' : 'Replaying events…'}</span>
        <span className="tabular-nums text-muted" data-testid="rebuild-counts">{NUMBER.format(done)} / {NUMBER.format(total)} events</span>
      </div>
      <div role="progressbar" aria-label="Events replayed" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}
        aria-valuetext={`${percent}%: ${NUMBER.format(done)} of ${NUMBER.format(total)} events`}
        className="mt-2 h-3 overflow-hidden rounded-full bg-raised">
        <div className={`h-full rounded-full transition-[width] duration-500 ${upToDate ? 'bg-success' : 'bg-accent'}`} style={{ width: `${percent}%` }} />
      </div>
      <p className="mt-2 flex flex-wrap gap-x-4 text-xs text-muted" aria-live="polite">
        <span>{percent}%</span>
        {eventsPerSecond !== undefined && <span>{NUMBER.format(Math.round(eventsPerSecond))} events/s</span>}
        {!upToDate && <span>{secondsLeft !== undefined ? `about ${duration(secondsLeft)} left` : 'estimating time left…'}</span>}
      </p>
    </section>
  );
}
