// A customer's own tickets (and their organisation's, when shared), in the customer view: no internal notes.
import { useQuery } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '@/api/client';
import { queueKeys, ticketKeys } from '@/api/keys';

export type CustomerTicket = Schemas['CustomerTicket'];
export type CustomerTicketDetail = Schemas['CustomerTicketDetail'];

const MINE = { sort: '-updatedAt' as const, limit: 100 };

export function useMyTickets() {
  return useQuery({
    queryKey: queueKeys.list(MINE),
    queryFn: async () => ((await unwrap(api.GET('/api/v1/tickets', { params: { query: MINE } }))) as Schemas['CustomerQueuePage']).items ?? [],
  });
}

export function useMyTicket(id: string | undefined) {
  return useQuery({
    queryKey: ticketKeys.detail(id ?? ''),
    queryFn: async () => (await unwrap(api.GET('/api/v1/tickets/{id}', { params: { path: { id: id ?? '' } } }))) as CustomerTicketDetail,
    enabled: Boolean(id),
  });
}
