// Merge, undo and split: the writes the ticket view makes on two tickets at once, each conditional on the versions
// the agent saw, and the search for a survivor. After each, both tickets (and the queues) are read anew.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, type Schemas, unwrap } from '@/api/client';
import { queueKeys, ticketKeys } from '@/api/keys';
import { rememberWrittenVersion, type TicketDetail } from './ticket';

export type TicketCandidate = Schemas['QueueItem'];
export type TicketLinks = NonNullable<TicketDetail['links']>;

/** Tickets an agent may merge the current one into: open ones matching a number or words, the current one left out. */
export function useMergeCandidates(current: TicketDetail, text: string) {
  const query = text.trim().replace(/^#/, '');
  return useQuery({
    queryKey: [...queueKeys.lists(), 'merge-candidates', current.id, query] as const,
    enabled: query.length > 0,
    queryFn: async () => {
      const page = await unwrap(api.GET('/api/v1/tickets', { params: { query: { q: query, limit: 20 } } }));
      const items = ((page as Schemas['QueuePage']).items ?? []).filter(
        (item) => item.id !== current.id && item.status?.category !== 'closed',
      );
      return items.sort((a, b) => Number(String(b.number) === query) - Number(String(a.number) === query));
    },
  });
}

/** Merges `merged` into `survivor`; both versions are the ones the agent saw. */
export async function mergeTickets(survivor: TicketCandidate, merged: TicketDetail) {
  return unwrap(
    api.POST('/api/v1/tickets/{id}/merge', {
      params: { path: { id: survivor.id! }, header: { 'If-Match': ifMatch(survivor.version!) } },
      body: { mergedTicketId: merged.id!, mergedTicketVersion: merged.version },
    }),
  );
}

/** Undoes the merge of `merged` (at the version the agent saw) into its survivor. */
export async function unmergeTicket(merged: TicketDetail) {
  return unwrap(
    api.POST('/api/v1/tickets/{id}/unmerge', {
      params: { path: { id: merged.id! }, header: { 'If-Match': ifMatch(merged.version!) } },
    }),
  );
}

/** Moves `messageIds` of `ticket` into a new ticket named `subject`. */
export async function splitTicket(ticket: TicketDetail, messageIds: string[], subject: string) {
  return unwrap(
    api.POST('/api/v1/tickets/{id}/split', {
      params: { path: { id: ticket.id! }, header: { 'If-Match': ifMatch(ticket.version!) } },
      body: { messageIds, subject },
    }),
  );
}

/** After a write on two tickets: remember both versions, then refresh both tickets, their trails and the queues. */
export function useAfterLinkedWrite() {
  const queryClient = useQueryClient();
  return async (written: ReadonlyArray<readonly [string | undefined, number | undefined]>) => {
    await Promise.all(
      written.flatMap(([id, version]) => {
        if (!id) return [];
        rememberWrittenVersion(id, version);
        return [
          queryClient.invalidateQueries({ queryKey: ticketKeys.detail(id) }),
          queryClient.invalidateQueries({ queryKey: ticketKeys.audit(id) }),
        ];
      }),
    );
    await queryClient.invalidateQueries({ queryKey: queueKeys.all, refetchType: 'none' });
  };
}
