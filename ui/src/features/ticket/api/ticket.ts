// One ticket: its detail now or as of an instant, read at least at the newest version this browser wrote, and the
// writes the ticket view makes (properties, messages), each conditional on the version the agent saw.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, type Schemas, unwrap } from '@/api/client';
import { queueKeys, ticketKeys } from '@/api/keys';

export type TicketDetail = Schemas['TicketDetail'];
export type Message = Schemas['MessageView'];
type UpdateTicketRequest = Schemas['UpdateTicketRequest'];
/** A PATCH body; assigneeId and teamId null unassign (the server's UpdateTicketRequest; its document omits nullable). */
export type TicketChanges = Omit<UpdateTicketRequest, 'assigneeId' | 'teamId'> & { assigneeId?: string | null; teamId?: string | null };
export type MessageKind = 'public-reply' | 'internal-note';

/** Ticket id → the highest version this browser wrote, so a read never shows less than the agent's own change. */
const written = new Map<string, number>();

export function rememberWrittenVersion(ticketId: string, version: number | undefined): void {
  if (version !== undefined && version > (written.get(ticketId) ?? 0)) {
    written.set(ticketId, version);
  }
}

/** The ticket now, at least at the newest own write, and at least at atLeast when given. */
export function fetchTicket(ticketId: string, atLeast?: number): Promise<TicketDetail> {
  const floor = Math.max(written.get(ticketId) ?? 0, atLeast ?? 0);
  const minVersion = floor > 0 ? floor : undefined;
  return unwrap(
    api.GET('/api/v1/tickets/{id}', {
      params: { path: { id: ticketId }, query: minVersion === undefined ? {} : { minVersion: String(minVersion) } },
    }),
  ) as Promise<TicketDetail>;
}

export function fetchTicketAsOf(ticketId: string, asOf: string): Promise<TicketDetail> {
  return unwrap(api.GET('/api/v1/tickets/{id}', { params: { path: { id: ticketId }, query: { asOf } } })) as Promise<TicketDetail>;
}

/** The ticket now, or as it was at asOf (read-only history never changes, so it is kept as long as it is used). */
export function useTicket(ticketId: string, asOf?: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: asOf === undefined ? ticketKeys.detail(ticketId) : ticketKeys.asOf(ticketId, asOf),
    queryFn: () => (asOf === undefined ? fetchTicket(ticketId) : fetchTicketAsOf(ticketId, asOf)),
    staleTime: asOf === undefined ? 30_000 : Infinity,
  });
}

/** Extra request headers of a write, such as the macro it applies (see applyMacroHeaders). */
export type WriteHeaders = Record<string, string>;

export async function updateTicket(ticketId: string, version: number, changes: TicketChanges, headers: WriteHeaders = {}): Promise<number> {
  const updated = await unwrap(
    api.PATCH('/api/v1/tickets/{id}', {
      params: { path: { id: ticketId }, header: { 'If-Match': ifMatch(version) } },
      body: changes as UpdateTicketRequest,
      headers,
    }),
  );
  return updated.version ?? version;
}

export interface NewMessage {
  kind: MessageKind;
  html: string;
  /** Upload ids of the caller's pending uploads (POST /uploads), attached to the message. */
  attachmentIds?: readonly string[];
}

export async function addMessage(ticketId: string, version: number, message: NewMessage, headers: WriteHeaders = {}): Promise<number> {
  const attachmentIds = message.attachmentIds ?? [];
  const body: Schemas['AddMessageRequest'] = {
    kind: message.kind,
    body: message.html,
    format: 'html',
    ...(attachmentIds.length > 0 ? { attachmentIds: [...attachmentIds] } : {}),
  };
  const added = await unwrap(
    api.POST('/api/v1/tickets/{id}/messages', {
      params: { path: { id: ticketId }, header: { 'If-Match': ifMatch(version) } },
      body,
      headers,
    }),
  );
  return added.version ?? version;
}

/**
 * After an own write: remember its version, then refresh exactly what the write changed (this ticket, its audit
 * trail, and the queues and counts it appears in), the detail read at least at that version.
 */
export function useAfterWrite(ticketId: string) {
  const queryClient = useQueryClient();
  return async (version: number) => {
    rememberWrittenVersion(ticketId, version);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ticketKeys.detail(ticketId) }),
      queryClient.invalidateQueries({ queryKey: ticketKeys.audit(ticketId) }),
      queryClient.invalidateQueries({ queryKey: queueKeys.all, refetchType: 'none' }),
    ]);
  };
}
