// Keeping macros: create, change and delete (personal ones by their owner, shared ones by admins), and the admins'
// table of the shared macros by use. Every write refreshes the macro lists.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '@/api/client';
import { macroKeys } from '@/api/keys';
import type { Macro } from '@/api/macros';

export type MacroRequest = Schemas['MacroRequest'];

export function useMacroUsage(enabled = true) {
  return useQuery({
    queryKey: macroKeys.usage(),
    enabled,
    queryFn: async (): Promise<Macro[]> => (await unwrap(api.GET('/api/v1/macros/usage'))).items ?? [],
  });
}

export function useSaveMacro() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, request }: { id?: string; request: MacroRequest }): Promise<Macro> =>
      id
        ? unwrap(api.PUT('/api/v1/macros/{id}', { params: { path: { id } }, body: request }))
        : unwrap(api.POST('/api/v1/macros', { body: request })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: macroKeys.all }),
  });
}

export function useDeleteMacro() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      await unwrap(api.DELETE('/api/v1/macros/{id}', { params: { path: { id } } }));
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: macroKeys.all }),
  });
}
