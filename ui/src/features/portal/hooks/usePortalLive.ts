// Keeps the portal live: the ticket stream (the customer sees only their tickets, in the customer view) announces each
// change; the open ticket refetches when the change is newer than what is shown, and the lists refetch.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { portalKeys, ticketKeys, toSearchParams } from '@/api/keys';
import { runEventStream, type StreamStatus } from '@/lib/sse';
import type { CustomerTicket } from '../api/portal';

export function usePortalLive(enabled: boolean): StreamStatus {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<StreamStatus>('connecting');

  useEffect(() => {
    if (!enabled) {
      return undefined;
    }
    const controller = new AbortController();
    let connectedBefore = false;
    let lists: ReturnType<typeof setTimeout> | undefined;
    const refreshLists = () => {
      clearTimeout(lists);
      lists = setTimeout(() => void queryClient.invalidateQueries({ queryKey: portalKeys.lists() }), 300);
    };
    const refreshTicket = (ticket: CustomerTicket) => {
      const id = ticket.id ?? '';
      const shown = queryClient.getQueryData<{ version?: number }>(ticketKeys.detail(id));
      if (shown && (ticket.version ?? 0) > (shown.version ?? 0)) {
        void queryClient.invalidateQueries({ queryKey: ticketKeys.detail(id) });
      }
    };
    void runEventStream({
      url: `/api/v1/stream/tickets?${toSearchParams({ limit: 1 }).toString()}`,
      signal: controller.signal,
      onStatus: setStatus,
      onMessage: (message) => {
        if (message.event === 'snapshot') {
          // A later snapshot means the stream may have missed changes meanwhile: read everything again.
          if (connectedBefore) {
            void queryClient.invalidateQueries({ queryKey: ticketKeys.all });
            refreshLists();
          }
          connectedBefore = true;
        } else if (message.event === 'ticket' || message.event === 'ticket-removed') {
          refreshTicket(JSON.parse(message.data) as CustomerTicket);
          refreshLists();
        }
      },
    });
    return () => {
      controller.abort();
      clearTimeout(lists);
    };
  }, [enabled, queryClient]);

  return status;
}
