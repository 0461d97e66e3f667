// A ticket's SLA targets with their timelines (staff), refetched whenever the ticket's version moves.
import { useQuery } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '@/api/client';
import { ticketKeys } from '@/api/keys';

export type TicketSla = Schemas['TicketSla'];
export type SlaTarget = Schemas['SlaTargetView'];

/** One timeline entry as the server writes it. */
export interface SlaTimelineEntry {
  kind: 'started' | 'paused' | 'resumed' | 'warning' | 'breached' | 'fulfilled';
  at: string;
  status?: string | null;
  dueAt?: string | null;
  messageId?: string | null;
  late?: boolean;
  policy?: string | null;
}

export function useTicketSla(ticketId: string, version: number | undefined) {
  return useQuery({
    queryKey: [...ticketKeys.all, ticketId, 'sla', version] as const,
    queryFn: () => unwrap(api.GET('/api/v1/tickets/{id}/sla', { params: { path: { id: ticketId } } })),
    placeholderData: (previous) => previous,
  });
}

export function timelineOf(target: SlaTarget): SlaTimelineEntry[] {
  return (target.timeline ?? []) as unknown as SlaTimelineEntry[];
}
