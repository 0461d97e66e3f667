// Keeps the open ticket live: the ticket stream, filtered to the ticket's requester, announces every change of this
// ticket (refetch when it is newer than what is shown) and of the requester's other tickets (their list refetches).
// Its snapshot, first and after a reconnect, closes the gap between reading the ticket and the stream's start.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { Schemas } from '@/api/client';
import { notificationKeys, queueKeys, ticketKeys, toSearchParams } from '@/api/keys';
import { runEventStream, type StreamStatus } from '@/lib/sse';

type QueueItem = Schemas['QueueItem'];
type QueuePage = Schemas['QueuePage'];

export function useTicketLive(ticketId: string, requesterId: string | undefined): StreamStatus {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<StreamStatus>('connecting');

  useEffect(() => {
    if (!requesterId) {
      return undefined;
    }
    const controller = new AbortController();
    let connectedBefore = false;
    let others: ReturnType<typeof setTimeout> | undefined;
    const refreshIfNewer = (version: number | undefined) => {
      const shown = queryClient.getQueryData<{ version?: number }>(ticketKeys.detail(ticketId));
      if (!shown || (version ?? 0) > (shown.version ?? 0)) {
        void queryClient.invalidateQueries({ queryKey: ticketKeys.detail(ticketId) });
        void queryClient.invalidateQueries({ queryKey: ticketKeys.audit(ticketId) });
      }
    };
    const refreshOthers = () => {
      clearTimeout(others);
      others = setTimeout(() => {
        void queryClient.invalidateQueries({ queryKey: [...queueKeys.all, 'requester', requesterId] });
        // The change may be one the agent is notified of: the bell reads again at once.
        void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
      }, 500);
    };
    void runEventStream({
      url: `/api/v1/stream/tickets?${toSearchParams({ requesterId, limit: 1 }).toString()}`,
      signal: controller.signal,
      onStatus: setStatus,
      onMessage: (message) => {
        if (message.event === 'snapshot') {
          // The ticket may have changed between reading it and the stream's start (or while the stream was away):
          // compare with the snapshot's version of it, or read again when the snapshot does not hold it.
          const page = JSON.parse(message.data) as QueuePage;
          const here = page.items?.find((item) => item.id === ticketId);
          refreshIfNewer(here ? here.version : Number.MAX_SAFE_INTEGER);
          if (connectedBefore) {
            refreshOthers();
          }
          connectedBefore = true;
        } else if (message.event === 'ticket' || message.event === 'ticket-removed') {
          const item = JSON.parse(message.data) as QueueItem;
          if (item.id === ticketId) {
            refreshIfNewer(item.version);
          }
          refreshOthers();
        }
      },
    });
    return () => {
      controller.abort();
      clearTimeout(others);
    };
  }, [ticketId, requesterId, queryClient]);

  return status;
}
