// Bulk changes: one request, one command per ticket with its own version; a result per ticket comes back.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '@/api/client';
import { queueKeys } from '@/api/keys';
import type { QueueItem } from './queue';

export type BulkChanges = Schemas['BulkChangeRequest']['changes'];
export type BulkResult = NonNullable<Schemas['BulkResults']['results']>[number];

export function useBulkChange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ items, changes }: { items: QueueItem[]; changes: BulkChanges }) =>
      (await unwrap(api.POST('/api/v1/tickets/bulk', {
        body: { tickets: items.map((item) => ({ id: item.id ?? '', version: item.version })), changes },
      }))).results ?? [],
    // Rows follow through the live stream; counts may have moved.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queueKeys.counts() }),
  });
}
