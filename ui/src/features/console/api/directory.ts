// The directory as admins change it: agents, teams, statuses, custom fields and organisations.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/api/client';
import { directoryKeys } from '@/api/keys';

export type Agent = Schemas['AgentView'];
export type Team = Schemas['TeamView'];
export type Status = Schemas['StatusView'];
export type CustomField = Schemas['CustomFieldView'];
export type Organisation = Schemas['OrganisationView'];
export type FieldOption = Schemas['FieldOption'];
export type Skill = Schemas['SkillView'];
export type AgentSkill = Schemas['AgentSkill'];
export type AssignmentMethod = NonNullable<Schemas['UpdateTeamRequest']['assignmentMethod']>;

const LONG = 60_000;

export function useOrganisations() {
  return useQuery({
    queryKey: directoryKeys.organisations,
    queryFn: () => unwrap(api.GET('/api/v1/organisations')),
    staleTime: LONG,
  });
}

function useDirectoryMutation<V, R>(key: readonly unknown[], call: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: call, onSuccess: () => queryClient.invalidateQueries({ queryKey: key }) });
}

export function useCreateAgent() {
  return useDirectoryMutation(directoryKeys.agents, (body: Schemas['CreateAgentRequest']) =>
    unwrap(api.POST('/api/v1/agents', { body })));
}

export function useUpdateAgent() {
  return useDirectoryMutation(directoryKeys.agents, ({ id, ...body }: { id: string } & Schemas['UpdateAgentRequest']) =>
    unwrap(api.PATCH('/api/v1/agents/{id}', { params: { path: { id } }, body })));
}

export function useCreateTeam() {
  return useDirectoryMutation(directoryKeys.teams, (body: Schemas['CreateTeamRequest']) =>
    unwrap(api.POST('/api/v1/teams', { body })));
}

export function useCreateSkill() {
  return useDirectoryMutation(directoryKeys.skills, (body: Schemas['CreateSkillRequest']) =>
    unwrap(api.POST('/api/v1/skills', { body })));
}

export function useRelabelSkill() {
  return useDirectoryMutation(directoryKeys.skills, ({ key, ...body }: { key: string } & Schemas['UpdateSkillRequest']) =>
    unwrap(api.PATCH('/api/v1/skills/{key}', { params: { path: { key } }, body })));
}

export function useUpdateTeam() {
  return useDirectoryMutation(directoryKeys.teams, ({ id, ...body }: { id: string } & Schemas['UpdateTeamRequest']) =>
    unwrap(api.PATCH('/api/v1/teams/{id}', { params: { path: { id } }, body })));
}

export function useCreateStatus() {
  return useDirectoryMutation(directoryKeys.statuses, (body: Schemas['CreateStatusRequest']) =>
    unwrap(api.POST('/api/v1/statuses', { body })));
}

export function useUpdateStatus() {
  return useDirectoryMutation(directoryKeys.statuses, ({ key, ...body }: { key: string } & Schemas['UpdateStatusRequest']) =>
    unwrap(api.PATCH('/api/v1/statuses/{key}', { params: { path: { key } }, body })));
}

export function useCreateCustomField() {
  return useDirectoryMutation(directoryKeys.customFields, (body: Schemas['CreateCustomFieldRequest']) =>
    unwrap(api.POST('/api/v1/custom-fields', { body })));
}

export function useUpdateCustomField() {
  return useDirectoryMutation(directoryKeys.customFields,
    ({ key, ...body }: { key: string } & Schemas['UpdateCustomFieldRequest']) =>
      unwrap(api.PATCH('/api/v1/custom-fields/{key}', { params: { path: { key } }, body })));
}

export function useCreateOrganisation() {
  return useDirectoryMutation(directoryKeys.organisations, (body: Schemas['CreateOrganisationRequest']) =>
    unwrap(api.POST('/api/v1/organisations', { body })));
}

export function useUpdateOrganisation() {
  return useDirectoryMutation(directoryKeys.organisations,
    ({ id, ...body }: { id: string } & Schemas['UpdateOrganisationRequest']) =>
      unwrap(api.PATCH('/api/v1/organisations/{id}', { params: { path: { id } }, body })));
}
