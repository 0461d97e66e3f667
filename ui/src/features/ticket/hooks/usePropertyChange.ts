// Changes a ticket's properties with its version as If-Match; a 409 becomes a conflict the agent resolves.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isConflict } from '@/api/problem';
import { fetchLatest, type TicketChanges, type TicketDetail, useUpdateTicket } from '../api/ticket';
import { changedMeanwhile, type PropertyDifference } from '../components/propertyDiff';

export interface Conflict {
  changes: TicketChanges;
  latest: TicketDetail;
  meanwhile: PropertyDifference[];
}

export function usePropertyChange(ticket: TicketDetail) {
  const queryClient = useQueryClient();
  const update = useUpdateTicket(ticket.id ?? '');
  const [conflict, setConflict] = useState<Conflict | null>(null);

  const apply = (changes: TicketChanges, base: TicketDetail = ticket) => {
    update.mutate(
      { version: base.version ?? 0, changes },
      {
        onSuccess: () => setConflict(null),
        onError: async (error) => {
          if (isConflict(error)) {
            const latest = await fetchLatest(queryClient, base.id ?? '');
            setConflict({ changes, latest, meanwhile: changedMeanwhile(base, latest) });
          }
        },
      },
    );
  };

  return {
    apply: (changes: TicketChanges) => apply(changes),
    pending: update.isPending,
    error: update.isError && !isConflict(update.error) ? update.error : null,
    conflict,
    reapply: () => conflict && apply(conflict.changes, conflict.latest),
    keepTheirs: () => {
      setConflict(null);
      update.reset();
    },
  };
}

export type PropertyChange = ReturnType<typeof usePropertyChange>;
