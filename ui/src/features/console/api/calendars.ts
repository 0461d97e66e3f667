// Business-hours calendars, their preview, agents' schedules and teams' coverage, as admins keep them.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap, type Schemas } from '@/api/client';

export type Calendar = Schemas['CalendarDefinition'];
export type CalendarRequest = Schemas['CalendarRequest'];
export type CalendarPreview = Schemas['CalendarPreview'];
export type Holiday = Schemas['Holiday'];
export type AgentSchedule = Schemas['AgentSchedule'];
export type TeamCoverage = Schemas['TeamCoverage'];

export interface PreviewParams {
  from: string;
  hours?: number;
  to?: string;
}

/** One key factory for the calendar endpoints. */
export const calendarKeys = {
  all: ['calendars'] as const,
  list: ['calendars', 'list'] as const,
  timeZones: ['calendars', 'time-zones'] as const,
  schedules: ['calendars', 'schedules'] as const,
  preview: (id: string, params: PreviewParams) => ['calendars', 'preview', id, params] as const,
};

export function useCalendars() {
  return useQuery({
    queryKey: calendarKeys.list,
    queryFn: async () => (await unwrap(api.GET('/api/v1/calendars'))).items ?? [],
  });
}

export function useTimeZones() {
  return useQuery({
    queryKey: calendarKeys.timeZones,
    queryFn: async () => (await unwrap(api.GET('/api/v1/calendars/time-zones'))).items ?? [],
    staleTime: Infinity,
  });
}

export function useSchedules() {
  return useQuery({
    queryKey: calendarKeys.schedules,
    queryFn: () => unwrap(api.GET('/api/v1/calendars/schedules')),
  });
}

export function useCalendarPreview(id: string | undefined, params: PreviewParams | undefined) {
  return useQuery({
    queryKey: calendarKeys.preview(id ?? '', params ?? { from: '' }),
    queryFn: () => unwrap(api.GET('/api/v1/calendars/{id}/preview', {
      params: { path: { id: id ?? '' }, query: { from: params?.from, hours: params?.hours, to: params?.to, openings: 5 } },
    })),
    enabled: Boolean(id && params),
    placeholderData: keepPreviousData,
  });
}

/** Every calendar write changes lists, usage counts and previews: refresh them all. */
function useCalendarMutation<V, R>(call: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: call, onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarKeys.all }) });
}

export function useSaveCalendar() {
  return useCalendarMutation(({ id, version, body }: { id?: string; version?: number; body: CalendarRequest }) =>
    id
      ? unwrap(api.PUT('/api/v1/calendars/{id}', {
        params: { path: { id }, header: version ? { 'If-Match': ifMatch(version) } : {} }, body,
      }))
      : unwrap(api.POST('/api/v1/calendars', { body })));
}

export function useDeleteCalendar() {
  return useCalendarMutation(({ id, version }: { id: string; version?: number }) =>
    unwrap(api.DELETE('/api/v1/calendars/{id}', {
      params: { path: { id }, header: version ? { 'If-Match': ifMatch(version) } : {} },
    })));
}

export function useScheduleAgent() {
  return useCalendarMutation(({ id, ...body }: { id: string } & Schemas['AgentScheduleRequest']) =>
    unwrap(api.PUT('/api/v1/agents/{id}/schedule', { params: { path: { id } }, body })));
}

export function useCoverTeam() {
  return useCalendarMutation(({ id, ...body }: { id: string } & Schemas['TeamCoverageRequest']) =>
    unwrap(api.PUT('/api/v1/teams/{id}/coverage', { params: { path: { id } }, body })));
}
