// The ticket queue: keyset pages through TanStack Query's infinite query, kept live by the ticket stream.
import { type InfiniteData, useInfiniteQuery } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '@/api/client';
import { type QueueFilters, queueKeys } from '@/api/keys';

export type QueueItem = Schemas['QueueItem'];
export type QueuePage = Schemas['QueuePage'];
export type QueueData = InfiniteData<QueuePage, string | undefined>;

export const PAGE_SIZE = 100;

async function fetchPage(filters: QueueFilters, cursor: string | undefined): Promise<QueuePage> {
  const page = await unwrap(api.GET('/api/v1/tickets', { params: { query: { ...filters, cursor, limit: PAGE_SIZE } } }));
  // The workspace is staff-only: staff callers always get the staff page shape.
  return page as QueuePage;
}

export function useQueue(filters: QueueFilters) {
  return useInfiniteQuery({
    queryKey: queueKeys.list(filters),
    queryFn: ({ pageParam }) => fetchPage(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    staleTime: Infinity,
  });
}

function sortValue(item: QueueItem, field: string): string | number {
  switch (field) {
    case 'number':
      return item.number ?? 0;
    case 'createdAt':
      return item.createdAt ?? '';
    case 'priority':
      return ['low', 'normal', 'high', 'urgent'].indexOf(item.priority ?? 'normal');
    case 'slaDueAt':
      // No running target sorts last, as the server's 9999-12-31 does.
      return item.sla?.dueAt ?? '9999-12-31T00:00:00Z';
    default:
      return item.updatedAt ?? '';
  }
}

function compare(a: QueueItem, b: QueueItem, sort: string): number {
  const descending = sort.startsWith('-');
  const field = descending ? sort.slice(1) : sort;
  const [x, y] = [sortValue(a, field), sortValue(b, field)];
  const order = x < y ? -1 : x > y ? 1 : 0;
  return descending ? -order : order;
}

/**
 * Applies one live change to the loaded pages: the ticket leaves its old place and, unless removed, lands where the
 * sort puts it among the loaded rows (when it sorts after them and more pages follow, paging brings it later).
 */
export function applyChange(data: QueueData | undefined, item: QueueItem, sort: string, removed = false): QueueData | undefined {
  if (!data) {
    return data;
  }
  const rows = data.pages.flatMap((page) => page.items ?? []);
  const existing = rows.find((row) => row.id === item.id);
  if (existing && (existing.version ?? 0) > (item.version ?? 0)) {
    return data;
  }
  const rest = rows.filter((row) => row.id !== item.id);
  if (!removed) {
    const at = rest.findIndex((row) => compare(item, row, sort) < 0);
    const tail = data.pages[data.pages.length - 1];
    if (at >= 0) {
      rest.splice(at, 0, item);
    } else if (!tail?.nextCursor) {
      rest.push(item);
    }
  }
  // One page holding every loaded row, with the last page's cursor, so paging goes on where it stopped.
  const last = data.pages[data.pages.length - 1];
  return { pages: [{ items: rest, nextCursor: last?.nextCursor }], pageParams: [undefined] };
}
