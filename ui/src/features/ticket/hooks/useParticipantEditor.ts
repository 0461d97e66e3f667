// Adds and removes a ticket's participants (CCs), each write conditional on the version the agent saw and followed by
// a read of the ticket at least at the written version. On a version conflict it reads the ticket as it is now, so the
// list shows what others changed and the agent decides again.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ticketKeys } from '@/api/keys';
import { isConflict } from '@/api/problem';
import { addParticipant, type Participant, removeParticipant } from '../api/participants';
import { fetchTicket, type TicketDetail, useAfterWrite } from '../api/ticket';

export interface ParticipantEditor {
  /** Adds the customer with this address; true when the server accepted it. */
  add: (email: string) => Promise<boolean>;
  remove: (participant: Participant) => Promise<void>;
  pending: boolean;
  /** Why the last write was refused: the server's problem, or a failure to reach it. */
  error: unknown;
  /** Why the last accepted addition changed nothing: the address is the requester's, or already in CC. */
  notice: string | null;
}

/** Why adding the customer `participantId` (by `email`) to `ticket` changed nothing, if it did not. */
function unchanged(ticket: TicketDetail, participantId: string | undefined, email: string): string | null {
  if (participantId !== undefined && participantId === ticket.requester?.id) {
    return `${email} is the requester and gets every reply already.`;
  }
  if (ticket.participants?.some((participant) => participant.id === participantId)) {
    return `${email} is in CC already.`;
  }
  return null;
}

export function useParticipantEditor(ticket: TicketDetail | undefined): ParticipantEditor {
  const ticketId = ticket?.id ?? '';
  const queryClient = useQueryClient();
  const afterWrite = useAfterWrite(ticketId);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const write = async (base: TicketDetail, send: (version: number) => Promise<number>): Promise<boolean> => {
    setPending(true);
    setError(null);
    setNotice(null);
    try {
      await afterWrite(await send(base.version ?? 0));
      return true;
    } catch (failure) {
      setError(failure);
      if (isConflict(failure)) {
        await fetchTicket(ticketId, (base.version ?? 0) + 1)
          .then((fresh) => queryClient.setQueryData(ticketKeys.detail(ticketId), fresh))
          .catch(() => queryClient.invalidateQueries({ queryKey: ticketKeys.detail(ticketId) }));
      }
      return false;
    } finally {
      setPending(false);
    }
  };

  return {
    add: (email) =>
      ticket
        ? write(ticket, async (version) => {
            const added = await addParticipant(ticketId, version, email);
            setNotice(unchanged(ticket, added.participantId, email));
            return added.version ?? version;
          })
        : Promise.resolve(false),
    remove: async (participant) => {
      if (ticket && participant.id) {
        const customerId = participant.id;
        await write(ticket, (version) => removeParticipant(ticketId, version, customerId));
      }
    },
    pending,
    error,
    notice,
  };
}
