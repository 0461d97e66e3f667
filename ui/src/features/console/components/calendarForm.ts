// The calendar editor's form state and its conversions to and from the API's shape.
import type { Calendar, CalendarRequest, Holiday } from '../api/calendars';

export const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Day = (typeof DAYS)[number];

/** Opening hours of one day as two time inputs show them; an end of 00:00 means "until midnight" (24:00). */
export interface HoursRange {
  start: string;
  end: string;
}

export interface CalendarDraft {
  name: string;
  timeZone: string;
  week: Record<Day, HoursRange[]>;
  holidays: Holiday[];
  isDefault: boolean;
}

export function dayLabel(day: Day): string {
  return day.charAt(0).toUpperCase() + day.slice(1);
}

/** A new calendar: Monday to Friday, 09:00-17:00, in the browser's time zone. */
export function emptyDraft(timeZone: string): CalendarDraft {
  const week = Object.fromEntries(DAYS.map((day) => [day, [] as HoursRange[]])) as Record<Day, HoursRange[]>;
  DAYS.slice(0, 5).forEach((day) => { week[day] = [{ start: '09:00', end: '17:00' }]; });
  return { name: '', timeZone, week, holidays: [], isDefault: false };
}

export function draftOf(calendar: Calendar): CalendarDraft {
  const week = Object.fromEntries(DAYS.map((day) => [day, (calendar.weeklyHours?.[day] ?? []).map(parseRange)])) as Record<Day, HoursRange[]>;
  return {
    name: calendar.name ?? '',
    timeZone: calendar.timeZone ?? 'UTC',
    week,
    holidays: [...(calendar.holidays ?? [])],
    isDefault: calendar.isDefault ?? false,
  };
}

export function requestOf(draft: CalendarDraft): CalendarRequest {
  const weeklyHours: Record<string, string[]> = {};
  DAYS.forEach((day) => {
    weeklyHours[day] = draft.week[day].map((range) => `${range.start}-${range.end === '00:00' ? '24:00' : range.end}`);
  });
  return { name: draft.name, timeZone: draft.timeZone, weeklyHours, holidays: draft.holidays, isDefault: draft.isDefault };
}

function parseRange(text: string): HoursRange {
  const [start = '09:00', end = '17:00'] = text.split('-');
  return { start, end: end === '24:00' ? '00:00' : end };
}

/** A short summary of a calendar's week: "Mon–Fri 09:00-17:00", or each open day. */
export function weekSummary(calendar: Calendar): string {
  const open = DAYS.filter((day) => (calendar.weeklyHours?.[day] ?? []).length > 0);
  if (open.length === 0) return 'Closed';
  const hours = open.map((day) => (calendar.weeklyHours?.[day] ?? []).join(', '));
  const same = hours.every((h) => h === hours[0]);
  const consecutive = open.every((day, i) => i === 0 || DAYS.indexOf(day) === DAYS.indexOf(open[i - 1] as Day) + 1);
  if (same && consecutive) {
    const first = dayLabel(open[0] as Day).slice(0, 3);
    const last = dayLabel(open[open.length - 1] as Day).slice(0, 3);
    const range = open.length === 7 ? 'Every day' : open.length === 1 ? first : `${first}–${last}`;
    return hours[0] === '00:00-24:00' ? `${range}, all day` : `${range} ${hours[0] ?? ''}`;
  }
  return open.map((day, i) => `${dayLabel(day).slice(0, 3)} ${hours[i] ?? ''}`).join('; ');
}

/** An instant as people in {@code timeZone} read it: "Mon 9 Mar 2026, 16:00 GMT". */
export function formatIn(instant: string | undefined, timeZone: string | undefined): string {
  if (!instant) return '—';
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: timeZone ?? 'UTC', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric',
    hour: '2-digit', minute: '2-digit', timeZoneName: 'short',
  }).format(new Date(instant));
}

/** The end of an interval: only its time when it ends on the day it starts ("17:00 GMT"), else in full. */
export function formatEndIn(start: string | undefined, end: string | undefined, timeZone: string | undefined): string {
  if (!start || !end) return formatIn(end, timeZone);
  const day = (instant: string) => new Intl.DateTimeFormat('en-GB', { timeZone: timeZone ?? 'UTC', dateStyle: 'short' }).format(new Date(instant));
  if (day(start) !== day(end)) return formatIn(end, timeZone);
  return new Intl.DateTimeFormat('en-GB', { timeZone: timeZone ?? 'UTC', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' })
    .format(new Date(end));
}

/** Minutes as "3 h 20 min". */
export function formatMinutes(minutes: number | undefined): string {
  const total = minutes ?? 0;
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  return hours === 0 ? `${rest} min` : rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** A datetime-local input's value (the browser's local time) as an ISO instant; undefined when empty or invalid. */
export function instantOf(local: string): string | undefined {
  if (!local) return undefined;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** Now, as a datetime-local input's value. */
export function localNow(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}
