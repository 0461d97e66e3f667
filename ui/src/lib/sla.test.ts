import { describe, expect, it } from 'vitest';
import { formatMinutes, slaMetricName, timeLeft } from './sla';

describe('sla', () => {
  it('formats minutes, hours and days', () => {
    expect(formatMinutes(45)).toBe('45m');
    expect(formatMinutes(185)).toBe('3h 5m');
    expect(formatMinutes(120)).toBe('2h');
    expect(formatMinutes(3120)).toBe('2d 4h');
  });

  it('says how long is left or how long overdue', () => {
    const now = Date.parse('2026-12-07T10:00:00Z');
    expect(timeLeft('2026-12-07T10:42:00Z', now)).toEqual({ text: '42m', overdue: false, minutes: 42 });
    expect(timeLeft('2026-12-07T07:55:00Z', now).text).toBe('2h 5m late');
    expect(timeLeft('2026-12-07T07:55:00Z', now).overdue).toBe(true);
  });

  it('names metrics as people read them', () => {
    expect(slaMetricName('first-reply-time')).toBe('First reply');
    expect(slaMetricName('something-new')).toBe('something-new');
  });
});
