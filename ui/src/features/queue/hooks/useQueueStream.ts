// Keeps a queue live: the ticket stream's snapshot replaces the list, each change moves one row, and the
// changed ticket's own caches (detail, counts) are refreshed when they are behind.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { notificationKeys, type QueueFilters, queueKeys, ticketKeys, toSearchParams } from '@/api/keys';
import { runEventStream, type StreamStatus } from '@/lib/sse';
import { applyChange, PAGE_SIZE, type QueueData, type QueueItem, type QueuePage } from '../api/queue';

export interface QueueStream {
  status: StreamStatus;
  /** Ticket id → version of rows that changed live in the last few seconds. */
  fresh: ReadonlyMap<string, number>;
}

const FRESH_MS = 3_000;

/** filters include the sort, which orders live changes among the loaded rows. */
export function useQueueStream(filters: QueueFilters): QueueStream {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<StreamStatus>('connecting');
  const [fresh, setFresh] = useState<ReadonlyMap<string, number>>(new Map());
  const countTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const filtersKey = JSON.stringify(filters);

  useEffect(() => {
    const controller = new AbortController();
    const listKey = queueKeys.list(filters);
    const sort = filters.sort ?? '-updatedAt';
    const markFresh = (item: QueueItem) => {
      const id = item.id ?? '';
      setFresh((old) => new Map(old).set(id, item.version ?? 0));
      setTimeout(() => setFresh((old) => {
        const next = new Map(old);
        next.delete(id);
        return next;
      }), FRESH_MS);
    };
    const refreshCounts = () => {
      clearTimeout(countTimer.current);
      countTimer.current = setTimeout(() => {
        void queryClient.invalidateQueries({ queryKey: queueKeys.counts() });
        // A change in the queue may be one the agent is notified of: the bell reads again at once, not in 15 s.
        void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
      }, 500);
    };
    const refreshDetail = (item: QueueItem) => {
      const detail = queryClient.getQueryData<{ version?: number }>(ticketKeys.detail(item.id ?? ''));
      if (detail && (detail.version ?? 0) < (item.version ?? 0)) {
        void queryClient.invalidateQueries({ queryKey: ticketKeys.detail(item.id ?? '') });
        void queryClient.invalidateQueries({ queryKey: ticketKeys.audit(item.id ?? '') });
      }
    };
    const params = toSearchParams({ ...filters, limit: PAGE_SIZE });
    void runEventStream({
      url: `/api/v1/stream/tickets?${params.toString()}`,
      signal: controller.signal,
      onStatus: setStatus,
      onMessage: (message) => {
        if (message.event === 'snapshot') {
          const page = JSON.parse(message.data) as QueuePage;
          queryClient.setQueryData<QueueData>(listKey, { pages: [page], pageParams: [undefined] });
          refreshCounts();
        } else if (message.event === 'ticket' || message.event === 'ticket-removed') {
          const item = JSON.parse(message.data) as QueueItem;
          const removed = message.event === 'ticket-removed';
          queryClient.setQueryData<QueueData>(listKey, (old) => applyChange(old, item, sort, removed));
          if (!removed) {
            markFresh(item);
          }
          refreshDetail(item);
          refreshCounts();
        }
      },
    });
    return () => {
      controller.abort();
      clearTimeout(countTimer.current);
    };
    // filtersKey stands for the content of filters, which callers rebuild on each render.
  }, [filtersKey, queryClient]);

  return { status, fresh };
}
