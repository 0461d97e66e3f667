// One ticket: its detail, its past (asOf), its audit trail, and the writes an agent makes on it. After each own
// write the detail is read at the version the write returned (minVersion), so the screen never shows an older one.
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, type Schemas, unwrap } from '@/api/client';
import { ticketKeys } from '@/api/keys';

export type TicketDetail = Schemas['TicketDetail'];
export type Message = Schemas['MessageView'];
export type AuditEntry = Schemas['AuditEntryView'];
export type TicketChanges = Schemas['UpdateTicketRequest'];
export type NewMessage = Schemas['AddMessageRequest'];

async function fetchTicket(id: string, query: { minVersion?: number; asOf?: string } = {}): Promise<TicketDetail> {
  const ticket = await unwrap(
    api.GET('/api/v1/tickets/{id}', {
      params: { path: { id }, query: { minVersion: query.minVersion?.toString(), asOf: query.asOf } },
    }),
  );
  // The workspace is staff-only: staff callers get the staff detail.
  return ticket as TicketDetail;
}

export function useTicket(id: string) {
  return useQuery({ queryKey: ticketKeys.detail(id), queryFn: () => fetchTicket(id) });
}

export function useTicketAsOf(id: string, asOf: string | undefined) {
  return useQuery({
    queryKey: ticketKeys.asOf(id, asOf ?? ''),
    queryFn: () => fetchTicket(id, { asOf }),
    enabled: asOf !== undefined,
    staleTime: Infinity,
  });
}

export function useAudit(id: string) {
  return useQuery({
    queryKey: ticketKeys.audit(id),
    queryFn: () => unwrap(api.GET('/api/v1/tickets/{id}/audit', { params: { path: { id } } })),
  });
}

/** Reads the ticket at (at least) the version an own write returned, and keeps whichever is newer. */
export async function showVersion(queryClient: QueryClient, id: string, version: number): Promise<TicketDetail> {
  const ticket = await fetchTicket(id, { minVersion: version });
  queryClient.setQueryData<TicketDetail>(ticketKeys.detail(id), (old) =>
    old && (old.version ?? 0) > (ticket.version ?? 0) ? old : ticket,
  );
  void queryClient.invalidateQueries({ queryKey: ticketKeys.audit(id) });
  return ticket;
}

/** The latest ticket, read fresh (e.g. after a conflict). */
export function fetchLatest(queryClient: QueryClient, id: string): Promise<TicketDetail> {
  return queryClient.fetchQuery({ queryKey: ticketKeys.detail(id), queryFn: () => fetchTicket(id), staleTime: 0 });
}

export interface UpdateInput {
  version: number;
  changes: TicketChanges;
}

export function useUpdateTicket(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, changes }: UpdateInput) =>
      unwrap(
        api.PATCH('/api/v1/tickets/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body: changes,
        }),
      ),
    onSuccess: (result) => showVersion(queryClient, id, result.version ?? 0),
  });
}

export interface ReplyInput {
  message: NewMessage;
  /** "Submit as <status>": the status to set once the message is in. */
  status?: string;
}

export function useAddMessage(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ message, status }: ReplyInput) => {
      const added = await unwrap(api.POST('/api/v1/tickets/{id}/messages', { params: { path: { id } }, body: message }));
      if (!status) {
        return added.version ?? 0;
      }
      const updated = await unwrap(
        api.PATCH('/api/v1/tickets/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(added.version ?? 0) } },
          body: { status },
        }),
      );
      return updated.version ?? 0;
    },
    onSuccess: (version) => showVersion(queryClient, id, version),
  });
}
