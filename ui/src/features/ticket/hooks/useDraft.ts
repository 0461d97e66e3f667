// The reply being written, per ticket, kept in this browser across reloads until it is sent or thrown away.
import { useCallback, useState } from 'react';
import type { MessageKind } from '../api/ticket';

export interface Draft {
  kind: MessageKind;
  html: string;
}

const PREFIX = 'autocrm.draft.';

function read(ticketId: string): Draft {
  try {
    const stored = JSON.parse(localStorage.getItem(PREFIX + ticketId) ?? 'null') as Partial<Draft> | null;
    if (stored && typeof stored.html === 'string') {
      return { kind: stored.kind === 'internal-note' ? 'internal-note' : 'public-reply', html: stored.html };
    }
  } catch {
    // A draft that cannot be read is no draft.
  }
  return { kind: 'public-reply', html: '' };
}

export function useDraft(ticketId: string) {
  const [draft, setDraft] = useState<Draft>(() => read(ticketId));
  const [forTicket, setForTicket] = useState(ticketId);
  if (forTicket !== ticketId) {
    setForTicket(ticketId);
    setDraft(read(ticketId));
  }

  const update = useCallback(
    (next: Partial<Draft>) => {
      setDraft((old) => {
        const merged = { ...old, ...next };
        if (merged.html === '') {
          localStorage.removeItem(PREFIX + ticketId);
        } else {
          localStorage.setItem(PREFIX + ticketId, JSON.stringify(merged));
        }
        return merged;
      });
    },
    [ticketId],
  );

  const clear = useCallback(() => {
    localStorage.removeItem(PREFIX + ticketId);
    setDraft((old) => ({ kind: old.kind, html: '' }));
  }, [ticketId]);

  return { draft, update, clear };
}
