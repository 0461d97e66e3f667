// Triggers and automations (admins): the ordered lists, saving a new version, deleting, reordering. Every write
// refreshes the kind's list.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '@/api/client';
import { ruleKeys } from '@/api/keys';

export type Rule = Schemas['Rule'];
export type RuleAction = Schemas['RuleAction'];
export type RuleRequest = Schemas['RuleRequest'];
export type RuleKind = 'triggers' | 'automations';

export function useRules(kind: RuleKind, enabled = true) {
  return useQuery({
    queryKey: ruleKeys.list(kind),
    enabled,
    queryFn: async (): Promise<Rule[]> =>
      (await unwrap(kind === 'triggers' ? api.GET('/api/v1/triggers') : api.GET('/api/v1/automations'))).items ?? [],
  });
}

export function useSaveRule(kind: RuleKind) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, request }: { id?: string; request: RuleRequest }): Promise<Rule> => {
      if (kind === 'triggers') {
        return id ? unwrap(api.PUT('/api/v1/triggers/{id}', { params: { path: { id } }, body: request }))
          : unwrap(api.POST('/api/v1/triggers', { body: request }));
      }
      return id ? unwrap(api.PUT('/api/v1/automations/{id}', { params: { path: { id } }, body: request }))
        : unwrap(api.POST('/api/v1/automations', { body: request }));
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ruleKeys.list(kind) }),
  });
}

export function useDeleteRule(kind: RuleKind) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      await unwrap(kind === 'triggers'
        ? api.DELETE('/api/v1/triggers/{id}', { params: { path: { id } } })
        : api.DELETE('/api/v1/automations/{id}', { params: { path: { id } } }));
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ruleKeys.list(kind) }),
  });
}

export function useReorderRules(kind: RuleKind) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (ids: string[]): Promise<Rule[]> =>
      (await unwrap(kind === 'triggers' ? api.PUT('/api/v1/triggers/order', { body: { ids } })
        : api.PUT('/api/v1/automations/order', { body: { ids } }))).items ?? [],
    onSuccess: (rules) => queryClient.setQueryData(ruleKeys.list(kind), rules),
  });
}
