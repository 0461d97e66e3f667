// A live count per built-in view: read from /tickets/count, refreshed whenever the ticket stream reports changes
// (the queue's stream invalidates the counts), and every minute besides for views the agent is not looking at.
import { useQueries } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import { type QueueFilters, queueKeys } from '@/api/keys';
import { BUILT_IN_VIEWS } from '../api/builtInViews';

function countOf(filters: QueueFilters) {
  return {
    queryKey: queueKeys.count(filters),
    queryFn: async () => (await unwrap(api.GET('/api/v1/tickets/count', { params: { query: filters } }))).count ?? 0,
    refetchInterval: 60_000,
  };
}

export function useViewCounts(agentId: string): Record<string, number | undefined> {
  const results = useQueries({ queries: BUILT_IN_VIEWS.map((view) => countOf(view.filters(agentId))) });
  return Object.fromEntries(BUILT_IN_VIEWS.map((view, index) => [view.id, results[index]?.data]));
}
