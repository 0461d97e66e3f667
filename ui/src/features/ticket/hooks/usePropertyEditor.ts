// Applies property changes at once, conditional on the version the agent saw. On a version conflict it reads the
// ticket as it is now and keeps both sides, so the agent decides: apply theirs again, or keep the new state.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ticketKeys } from '@/api/keys';
import { isConflict } from '@/api/problem';
import { fetchTicket, type TicketChanges, type TicketDetail, updateTicket, useAfterWrite } from '../api/ticket';

export interface PropertyConflict {
  mine: TicketChanges;
  base: TicketDetail;
  fresh: TicketDetail;
}

export interface PropertyEditor {
  apply: (changes: TicketChanges) => Promise<void>;
  pending: boolean;
  error: unknown;
  conflict: PropertyConflict | null;
  reapply: () => Promise<void>;
  keepTheirs: () => void;
  dismissError: () => void;
}

export function usePropertyEditor(ticket: TicketDetail | undefined): PropertyEditor {
  const ticketId = ticket?.id ?? '';
  const queryClient = useQueryClient();
  const afterWrite = useAfterWrite(ticketId);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [conflict, setConflict] = useState<PropertyConflict | null>(null);

  const write = async (base: TicketDetail, changes: TicketChanges) => {
    setPending(true);
    setError(null);
    try {
      await afterWrite(await updateTicket(ticketId, base.version ?? 0, changes));
      setConflict(null);
    } catch (failure) {
      if (isConflict(failure)) {
        try {
          const fresh = await fetchTicket(ticketId, (base.version ?? 0) + 1);
          queryClient.setQueryData(ticketKeys.detail(ticketId), fresh);
          setConflict({ mine: changes, base, fresh });
        } catch (readFailure) {
          setError(readFailure);
        }
      } else {
        setError(failure);
      }
    } finally {
      setPending(false);
    }
  };

  return {
    apply: (changes) => (ticket ? write(ticket, changes) : Promise.resolve()),
    pending,
    error,
    conflict,
    reapply: () => (conflict ? write(conflict.fresh, conflict.mine) : Promise.resolve()),
    keepTheirs: () => setConflict(null),
    dismissError: () => setError(null),
  };
}
