// Who and what tickets refer to (agents, teams, statuses, custom fields): read once, shared by every screen.
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { directoryKeys, meKeys } from './keys';

const LONG = 5 * 60_000;

export function useMe() {
  return useQuery({ queryKey: meKeys.all, queryFn: () => unwrap(api.GET('/api/v1/me')), staleTime: LONG });
}

export function useAgents() {
  return useQuery({ queryKey: directoryKeys.agents, queryFn: () => unwrap(api.GET('/api/v1/agents')), staleTime: LONG });
}

export function useTeams() {
  return useQuery({ queryKey: directoryKeys.teams, queryFn: () => unwrap(api.GET('/api/v1/teams')), staleTime: LONG });
}

export function useSkills() {
  return useQuery({ queryKey: directoryKeys.skills, queryFn: () => unwrap(api.GET('/api/v1/skills')), staleTime: LONG });
}

export function useStatuses() {
  return useQuery({ queryKey: directoryKeys.statuses, queryFn: () => unwrap(api.GET('/api/v1/statuses')), staleTime: LONG });
}

export function useCustomFields() {
  return useQuery({
    queryKey: directoryKeys.customFields,
    queryFn: () => unwrap(api.GET('/api/v1/custom-fields')),
    staleTime: LONG,
  });
}
