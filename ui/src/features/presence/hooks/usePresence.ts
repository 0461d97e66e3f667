// Collision detection: this agent's heartbeat on a ticket (viewing or typing, every 10 s; gone when leaving) and
// the live list of everyone on it, from the presence stream.
import { useQueryClient, useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { api, type Schemas } from '@/api/client';
import { presenceKeys } from '@/api/keys';
import { runEventStream } from '@/lib/sse';

export type Presence = Schemas['TicketPresence'];

const HEARTBEAT_MS = 10_000;

export function usePresence(ticketId: string, typing: boolean): Presence['viewers'] {
  const queryClient = useQueryClient();
  const state = useRef<'viewing' | 'typing'>('viewing');
  state.current = typing ? 'typing' : 'viewing';

  useEffect(() => {
    const beat = () =>
      void api.PUT('/api/v1/tickets/{id}/presence', { params: { path: { id: ticketId } }, body: { state: state.current } }).catch(() => undefined);
    beat();
    const timer = setInterval(beat, HEARTBEAT_MS);
    return () => {
      clearInterval(timer);
      void api.DELETE('/api/v1/tickets/{id}/presence', { params: { path: { id: ticketId } } }).catch(() => undefined);
    };
  }, [ticketId, state]);

  useEffect(() => {
    void api.PUT('/api/v1/tickets/{id}/presence', { params: { path: { id: ticketId } }, body: { state: typing ? 'typing' : 'viewing' } }).catch(() => undefined);
  }, [ticketId, typing]);

  useEffect(() => {
    const controller = new AbortController();
    void runEventStream({
      url: `/api/v1/stream/presence?ticketId=${encodeURIComponent(ticketId)}`,
      signal: controller.signal,
      onMessage: (message) => {
        if (message.event === 'presence') {
          queryClient.setQueryData(presenceKeys.ticket(ticketId), JSON.parse(message.data) as Presence);
        }
      },
    });
    return () => controller.abort();
  }, [ticketId, queryClient]);

  const presence = useQuery<Presence>({
    queryKey: presenceKeys.ticket(ticketId),
    queryFn: async () => (await api.GET('/api/v1/tickets/{id}/presence', { params: { path: { id: ticketId } } })).data ?? { viewers: [] },
    staleTime: Infinity,
  });
  return presence.data?.viewers ?? [];
}
