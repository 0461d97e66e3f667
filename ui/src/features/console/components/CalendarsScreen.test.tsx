import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi, json } from '@/test/fakeApi';
import { withQueryClient } from '@/test/render';
import { draftOf, requestOf, weekSummary } from './calendarForm';
import { CalendarsScreen } from './CalendarsScreen';

let server: ReturnType<typeof fakeApi> | undefined;
afterEach(() => server?.restore());

const OFFICE = {
  id: 'c1', name: 'Office hours', timeZone: 'Europe/London', isDefault: true, version: 3, agents: 2, teams: 1,
  weeklyHours: { monday: ['09:00-17:00'], tuesday: ['09:00-17:00'], wednesday: ['09:00-17:00'], thursday: ['09:00-17:00'],
    friday: ['09:00-17:00'], saturday: [], sunday: [] },
  holidays: [{ date: '2026-12-25', name: 'Christmas Day' }],
};

function api(extra: Record<string, Parameters<typeof fakeApi>[0][string]> = {}) {
  return fakeApi({
    'GET /api/v1/calendars': () => ({ items: [OFFICE] }),
    'GET /api/v1/calendars/time-zones': () => ({ items: ['America/New_York', 'Europe/London', 'UTC'] }),
    'GET /api/v1/calendars/schedules': () => ({
      agents: [{ id: 'a1', name: 'Grace Hopper', active: true, timeZone: 'Europe/London', scheduleCalendarId: 'c1' }],
      teams: [{ id: 't1', name: 'Support', coverageCalendarId: null }],
    }),
    ...extra,
  });
}

describe('CalendarsScreen', { timeout: 30_000 }, () => {
  it('lists calendars with their week, holidays and use', async () => {
    server = api();
    withQueryClient(<CalendarsScreen />);
    const list = await screen.findByRole('list', { name: 'Calendars' });
    expect(within(list).getByText('Default')).toBeInTheDocument();
    expect(within(list).getByText(/Mon–Fri 09:00-17:00 · 1 holiday · used by 2 agents and 1 team/)).toBeInTheDocument();
  });

  it('creates a calendar with several ranges a day and a holiday', async () => {
    server = api({ 'POST /api/v1/calendars': (request) => json({ ...(request.body as object), id: 'c2', version: 1 }, 201) });
    withQueryClient(<CalendarsScreen />);
    await userEvent.click(await screen.findByRole('button', { name: 'New calendar' }));
    await userEvent.type(screen.getByLabelText('Calendar name'), 'Late desk');
    await userEvent.click(screen.getByRole('button', { name: 'Add hours on Monday' }));
    await userEvent.click(screen.getByRole('button', { name: 'Remove Friday 09:00–17:00' }));
    await userEvent.type(screen.getByLabelText('Holiday date'), '2026-12-25');
    await userEvent.type(screen.getByLabelText('Holiday name'), 'Christmas Day');
    await userEvent.click(screen.getByRole('button', { name: 'Add holiday' }));
    await userEvent.click(screen.getByRole('button', { name: 'Create calendar' }));
    await waitFor(() => expect(server?.calls('POST /api/v1/calendars')).toHaveLength(1));
    const body = server.calls('POST /api/v1/calendars')[0]?.body as { name: string; weeklyHours: Record<string, string[]>; holidays: unknown[] };
    expect(body.name).toBe('Late desk');
    expect(body.weeklyHours.monday).toEqual(['09:00-17:00', '18:00-20:00']);
    expect(body.weeklyHours.friday).toEqual([]);
    expect(body.holidays).toEqual([{ date: '2026-12-25', name: 'Christmas Day' }]);
  });

  it('shows an unknown time zone beside the picker and sends the version when editing', async () => {
    server = api({
      'PUT /api/v1/calendars/c1': () => json({ code: 'unknown-time-zone', detail: "'Mars/Base' is not an IANA time zone id such as Europe/London." }, 422),
    });
    withQueryClient(<CalendarsScreen />);
    await userEvent.click(await screen.findByRole('button', { name: 'Edit Office hours' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save calendar' }));
    expect(await screen.findByText("'Mars/Base' is not an IANA time zone id such as Europe/London.")).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Time zone' })).toHaveAttribute('aria-invalid', 'true');
    expect(server.calls('PUT /api/v1/calendars/c1')[0]?.headers.get('If-Match')).toBe('"3"');
  });

  it('says why a calendar in use cannot be deleted', async () => {
    server = api({
      'DELETE /api/v1/calendars/c1': () => json({ code: 'calendar-in-use', detail: "'Office hours' is the helpdesk's default business hours." }, 409),
    });
    withQueryClient(<CalendarsScreen />);
    await userEvent.click(await screen.findByRole('button', { name: 'Delete Office hours' }));
    await userEvent.click(screen.getByRole('button', { name: 'Confirm deleting Office hours' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("is the helpdesk's default business hours.");
    expect(alert).toHaveTextContent('calendar-in-use');
  });

  it('previews a due time in the calendar’s time zone with the holidays it skips', async () => {
    server = api({
      'GET /api/v1/calendars/c1/preview': () => ({
        timeZone: 'Europe/London', from: '2026-12-24T16:00:00Z', openAtFrom: true, nextOpening: '2026-12-24T16:00:00Z',
        due: { hours: 2, at: '2026-12-29T10:00:00Z', holidaysSkipped: [{ date: '2026-12-25', name: 'Christmas Day' }] },
        openings: [{ start: '2026-12-24T16:00:00Z', end: '2026-12-24T17:00:00Z' }],
      }),
    });
    withQueryClient(<CalendarsScreen />);
    const hours = await screen.findByLabelText('Target in business hours');
    await userEvent.clear(hours);
    await userEvent.type(hours, '2');
    await userEvent.click(screen.getByRole('button', { name: 'Preview' }));
    expect(await screen.findByText('Tue, 29 Dec 2026, 10:00 GMT')).toBeInTheDocument();
    expect(screen.getByText('Christmas Day (2026-12-25)')).toBeInTheDocument();
    expect(screen.getByText('Thu, 24 Dec 2026, 16:00 GMT – 17:00 GMT')).toBeInTheDocument();
    expect(server.calls('GET /api/v1/calendars/c1/preview')[0]?.search.get('hours')).toBe('2');
  });

  it('assigns a coverage calendar to a team', async () => {
    server = api({ 'PUT /api/v1/teams/t1/coverage': (request) => ({ id: 't1', name: 'Support', ...(request.body as object) }) });
    withQueryClient(<CalendarsScreen />);
    await userEvent.selectOptions(await screen.findByLabelText('Coverage of Support'), 'c1');
    await userEvent.click(screen.getByRole('button', { name: 'Save coverage of Support' }));
    await waitFor(() => expect(server?.calls('PUT /api/v1/teams/t1/coverage')[0]?.body).toEqual({ coverageCalendarId: 'c1' }));
  });
});

describe('calendar form', () => {
  it('sends an end of 00:00 as 24:00 and reads 24:00 back as 00:00', () => {
    const draft = draftOf({ ...OFFICE, weeklyHours: { saturday: ['10:00-24:00'] } });
    expect(draft.week.saturday).toEqual([{ start: '10:00', end: '00:00' }]);
    expect(requestOf(draft).weeklyHours?.saturday).toEqual(['10:00-24:00']);
  });

  it('summarises a week', () => {
    expect(weekSummary(OFFICE)).toBe('Mon–Fri 09:00-17:00');
    const always = Object.fromEntries(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((d) => [d, ['00:00-24:00']]));
    expect(weekSummary({ ...OFFICE, weeklyHours: always })).toBe('Every day, all day');
    expect(weekSummary({ ...OFFICE, weeklyHours: { monday: ['08:00-12:00'], wednesday: ['13:00-17:00'] } }))
      .toBe('Mon 08:00-12:00; Wed 13:00-17:00');
  });
});
