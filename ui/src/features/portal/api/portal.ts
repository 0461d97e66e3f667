// The customer portal's reads and writes: the customer view of tickets (never an internal note, tag, priority,
// assignee or hidden field: the server leaves them out), opening a ticket once per form, and replying.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '@/api/client';
import { type Category, portalKeys, ticketKeys, type TicketType } from '@/api/keys';

export type CustomerTicket = Schemas['CustomerTicket'];
export type CustomerTicketDetail = Schemas['CustomerTicketDetail'];
export type PortalScope = 'mine' | 'organisation';
export type PortalStatusFilter = 'open' | 'solved' | 'all';

export interface PortalListFilters {
  scope: PortalScope;
  status: PortalStatusFilter;
  q: string;
}

const PAGE = 20;
const CATEGORIES: Record<PortalStatusFilter, Category[] | undefined> = {
  open: ['new', 'open', 'pending', 'on-hold'],
  solved: ['solved', 'closed'],
  all: undefined,
};

/**
 * The queue query for a list: the customer's own tickets, or everything they may see, which for a member of an
 * organisation that shares tickets is every ticket of its members (the server decides what a customer sees).
 */
export function listQuery(filters: PortalListFilters, customerId: string) {
  return {
    sort: '-updatedAt' as const,
    limit: PAGE,
    ...(filters.scope === 'organisation' ? {} : { requesterId: customerId }),
    ...(CATEGORIES[filters.status] ? { category: CATEGORIES[filters.status] } : {}),
    ...(filters.q.trim() ? { q: filters.q.trim() } : {}),
  };
}

export function usePortalTickets(filters: PortalListFilters, customerId: string | undefined) {
  const query = listQuery(filters, customerId ?? '');
  return useInfiniteQuery({
    queryKey: portalKeys.list(query),
    enabled: Boolean(customerId),
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) =>
      (await unwrap(api.GET('/api/v1/tickets', { params: { query: { ...query, ...(pageParam ? { cursor: pageParam } : {}) } } }))) as Schemas['CustomerQueuePage'],
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

// The versions this browser wrote, per ticket: a read asks for at least that version, so the reply just sent shows.
const written = new Map<string, number>();

export function rememberVersion(ticketId: string, version: number | undefined) {
  if (version !== undefined && version > (written.get(ticketId) ?? 0)) {
    written.set(ticketId, version);
  }
}

export function usePortalTicket(ticketId: string) {
  return useQuery({
    queryKey: ticketKeys.detail(ticketId),
    queryFn: async () => {
      const minVersion = written.get(ticketId);
      return (await unwrap(
        api.GET('/api/v1/tickets/{id}', {
          params: { path: { id: ticketId }, query: minVersion ? { minVersion: String(minVersion) } : {} },
        }),
      )) as CustomerTicketDetail;
    },
  });
}

export interface NewTicket {
  subject: string;
  descriptionHtml: string;
  type: TicketType | '';
  customFields: Record<string, string | boolean | string[]>;
  /** Upload ids of the customer's pending uploads: the files go on the description. */
  attachmentIds?: readonly string[];
}

/** The body's attachmentIds, left out when there are none. */
function attachmentsOf(ids: readonly string[] | undefined) {
  return ids && ids.length > 0 ? { attachmentIds: [...ids] } : {};
}

/** Opens a ticket; every attempt of one form sends the same Idempotency-Key, so a double submit opens one ticket. */
export function useOpenTicket(idempotencyKey: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (ticket: NewTicket) => {
      const created = await unwrap(
        api.POST('/api/v1/tickets', {
          params: { header: { 'Idempotency-Key': idempotencyKey } },
          body: {
            subject: ticket.subject,
            description: ticket.descriptionHtml,
            format: 'html',
            channel: 'web',
            ...(ticket.type ? { type: ticket.type } : {}),
            ...(Object.keys(ticket.customFields).length > 0 ? { customFields: ticket.customFields } : {}),
            ...attachmentsOf(ticket.attachmentIds),
          },
        }),
      );
      rememberVersion(created.id ?? '', created.version);
      return created;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: portalKeys.all }),
  });
}

export interface CustomerReply {
  html: string;
  /** Upload ids of the customer's pending uploads. */
  attachmentIds?: readonly string[];
}

/** A customer message on a ticket: reopens a pending or solved one; on a closed one the server opens a follow-up. */
export function useReply(ticketId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ html, attachmentIds }: CustomerReply) => {
      const added = await unwrap(
        api.POST('/api/v1/tickets/{id}/messages', {
          params: { path: { id: ticketId } },
          body: { kind: 'customer-message', body: html, format: 'html', ...attachmentsOf(attachmentIds) },
        }),
      );
      rememberVersion(added.ticketId ?? ticketId, added.version);
      return added;
    },
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ticketKeys.detail(ticketId) }),
        queryClient.invalidateQueries({ queryKey: portalKeys.all }),
      ]);
    },
  });
}
