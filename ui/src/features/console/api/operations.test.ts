import { describe, expect, it } from 'vitest';
import { duration, overall, type Progress } from './operations';

const p = (position: number | undefined, extra: Partial<Progress> = {}): Progress =>
  ({ name: 'x', running: true, replaying: false, caughtUp: position === 100, position, head: 100, segments: 1, lag: 100 - (position ?? 0), ...extra });

describe('overall progress', () => {
  it('is as far as the slowest processor, with its rate and the longest time left', () => {
    const all = overall([p(80, { eventsPerSecond: 10, secondsLeft: 2 }), p(40, { eventsPerSecond: 5, secondsLeft: 12 })]);
    expect(all).toMatchObject({ done: 40, total: 100, fraction: 0.4, eventsPerSecond: 5, secondsLeft: 12, upToDate: false });
  });

  it('knows no time left while any processor has none, and is done when all are', () => {
    expect(overall([p(undefined), p(50, { secondsLeft: 3 })]).secondsLeft).toBeUndefined();
    expect(overall([p(100, { secondsLeft: 0 }), p(100, { secondsLeft: 0 })])).toMatchObject({ fraction: 1, upToDate: true });
  });

  it('reads durations as people do', () => {
    expect(duration(12.4)).toBe('12 s');
    expect(duration(200)).toBe('3 min 20 s');
    expect(duration(3840)).toBe('1 h 4 min');
  });
});
