// SLA policies as admins keep them: ordered, versioned (every save is a new version).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '@/api/client';

export type SlaPolicy = Schemas['SlaPolicy'];
export type SlaPolicyRequest = Schemas['SlaPolicyRequest'];

export const slaPolicyKeys = {
  all: ['console', 'sla-policies'] as const,
};

export function useSlaPolicies() {
  return useQuery({
    queryKey: slaPolicyKeys.all,
    queryFn: async () => (await unwrap(api.GET('/api/v1/sla-policies'))).items ?? [],
  });
}

function usePolicyMutation<V, R>(call: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: call, onSuccess: () => queryClient.invalidateQueries({ queryKey: slaPolicyKeys.all }) });
}

export function useCreateSlaPolicy() {
  return usePolicyMutation((body: SlaPolicyRequest) => unwrap(api.POST('/api/v1/sla-policies', { body })));
}

export function useReplaceSlaPolicy() {
  return usePolicyMutation(({ id, body }: { id: string; body: SlaPolicyRequest }) =>
    unwrap(api.PUT('/api/v1/sla-policies/{id}', { params: { path: { id } }, body })));
}

export function useReorderSlaPolicies() {
  return usePolicyMutation((ids: string[]) => unwrap(api.PUT('/api/v1/sla-policies/order', { body: { ids } })));
}

export function useDeleteSlaPolicy() {
  return usePolicyMutation((id: string) => unwrap(api.DELETE('/api/v1/sla-policies/{id}', { params: { path: { id } } })));
}
