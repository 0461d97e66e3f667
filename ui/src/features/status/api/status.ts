// An agent's own status (online, away, offline): read from their agent record, set with PUT …/status.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/api/client';
import { directoryKeys } from '@/api/keys';

export type AgentStatus = NonNullable<Schemas['SetStatusRequest']['status']>;

export function useAgentStatus(agentId: string) {
  return useQuery({
    queryKey: directoryKeys.agent(agentId),
    queryFn: () => unwrap(api.GET('/api/v1/agents/{id}', { params: { path: { id: agentId } } })),
    enabled: agentId !== '',
    refetchInterval: 60_000,
  });
}

export function useSetAgentStatus(agentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (status: AgentStatus) =>
      unwrap(api.PUT('/api/v1/agents/{id}/status', { params: { path: { id: agentId } }, body: { status } })),
    onSuccess: (agent) => {
      queryClient.setQueryData(directoryKeys.agent(agentId), agent);
      return queryClient.invalidateQueries({ queryKey: directoryKeys.agents, exact: true });
    },
  });
}
