// Routing rules as admins keep them: the ordered list, versions, changes (If-Match: the rule's version) and dry runs.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap, type Schemas } from '@/api/client';
import { adminKeys } from '@/api/keys';

export type RoutingRule = Schemas['RoutingRule'];
export type RuleDraft = Schemas['RuleDraft'];
export type RoutingActions = Schemas['RoutingActions'];
export type DryRunReport = Schemas['RoutingDryRunReport'];
export type DryRunTicket = Schemas['DryRunTicket'];

export function useRoutingRules() {
  return useQuery({
    queryKey: adminKeys.routingRules,
    queryFn: async () => (await unwrap(api.GET('/api/v1/routing-rules'))).items ?? [],
  });
}

export function useRoutingRuleVersions(id: string, enabled: boolean) {
  return useQuery({
    queryKey: adminKeys.routingRuleVersions(id),
    queryFn: async () => (await unwrap(api.GET('/api/v1/routing-rules/{id}/versions', { params: { path: { id } } })))
      .items ?? [],
    enabled,
  });
}

function useRulesMutation<V, R>(call: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSettled: () => queryClient.invalidateQueries({ queryKey: adminKeys.routingRules }),
  });
}

export function useCreateRoutingRule() {
  return useRulesMutation((body: RuleDraft) => unwrap(api.POST('/api/v1/routing-rules', { body })));
}

/** A new version of the rule, conditional on the version it was read at. */
export function useUpdateRoutingRule() {
  return useRulesMutation(({ id, version, draft }: { id: string; version: number; draft: RuleDraft }) =>
    unwrap(api.PUT('/api/v1/routing-rules/{id}', {
      params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body: draft,
    })));
}

export function useDeleteRoutingRule() {
  return useRulesMutation(({ id, version }: { id: string; version: number }) =>
    unwrap(api.DELETE('/api/v1/routing-rules/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } } })));
}

export function useReorderRoutingRules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids: string[]) => unwrap(api.PUT('/api/v1/routing-rules/order', { body: { ids } })),
    onMutate: (ids: string[]) => {
      // Shows the new order at once; the answer (or a refetch after a refusal) settles it.
      const before = queryClient.getQueryData<RoutingRule[]>(adminKeys.routingRules);
      if (before) {
        queryClient.setQueryData(adminKeys.routingRules,
          ids.map((id) => before.find((rule) => rule.id === id)).filter(Boolean));
      }
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: adminKeys.routingRules }),
  });
}

export function useDryRun() {
  return useMutation({
    mutationFn: (body: Schemas['RoutingDryRunRequest']) => unwrap(api.POST('/api/v1/routing-rules/dry-run', { body })),
  });
}

/** A rule as its editor and the dry run send it. */
export function draftOf(rule: RoutingRule): RuleDraft {
  return { name: rule.name ?? '', enabled: rule.enabled ?? false, conditions: rule.conditions, actions: rule.actions };
}
