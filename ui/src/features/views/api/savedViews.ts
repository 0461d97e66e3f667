// Saved views (personal, or shared with everyone): stored by the server, listed beside the built-in ones.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '@/api/client';
import { type QueueFilters, type QueueSort, viewKeys } from '@/api/keys';

export type SavedView = Schemas['SavedView'];
export type ViewFilters = NonNullable<SavedView['filters']>;
export type ViewRequest = Schemas['ViewRequest'];

export function useSavedViews(enabled = true) {
  return useQuery({
    queryKey: viewKeys.all,
    queryFn: async () => (await unwrap(api.GET('/api/v1/views'))).items ?? [],
    enabled,
  });
}

export function useCreateView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (view: ViewRequest) => unwrap(api.POST('/api/v1/views', { body: view })),
    onSuccess: (view) => {
      queryClient.setQueryData<SavedView[]>(viewKeys.all, (old) => [...(old ?? []), view]);
      void queryClient.invalidateQueries({ queryKey: viewKeys.all });
    },
  });
}

export function useDeleteView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/views/{id}', { params: { path: { id } } })),
    onSuccess: (_result, id) => queryClient.setQueryData<SavedView[]>(viewKeys.all, (old) => (old ?? []).filter((v) => v.id !== id)),
  });
}

/** A saved view's filters as queue parameters. */
export function toQueueFilters(filters: ViewFilters | undefined): QueueFilters {
  if (!filters) return {};
  const { customFields, ...rest } = filters;
  const query: Record<string, unknown> = { ...rest };
  for (const [key, value] of Object.entries(customFields ?? {})) {
    query[`cf.${key}`] = value;
  }
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0))) as QueueFilters;
}

/** Queue parameters as a saved view's filters. */
export function fromQueueFilters(filters: QueueFilters): ViewFilters {
  const { sort: _sort, limit: _limit, cursor: _cursor, ...rest } = filters;
  const view: Record<string, unknown> = {};
  const customFields: Record<string, string> = {};
  for (const [key, value] of Object.entries(rest)) {
    if (key.startsWith('cf.')) customFields[key.slice(3)] = String(value);
    else view[key] = value;
  }
  return { ...view, customFields } as ViewFilters;
}

export function sortOf(view: SavedView): QueueSort {
  return (view.sort ?? '-updatedAt') as QueueSort;
}
