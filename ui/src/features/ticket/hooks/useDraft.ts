// A draft per ticket and mode, kept in this browser across reloads until it is sent.
import { useCallback } from 'react';

export function draftKey(ticketId: string, mode: string): string {
  return `autocrm.draft.${ticketId}.${mode}`;
}

export function useDraft(ticketId: string, mode: string) {
  const key = draftKey(ticketId, mode);
  const read = useCallback(() => localStorage.getItem(key) ?? '', [key]);
  const save = useCallback((html: string, empty: boolean) => {
    if (empty) {
      localStorage.removeItem(key);
    } else {
      localStorage.setItem(key, html);
    }
  }, [key]);
  const discard = useCallback(() => localStorage.removeItem(key), [key]);
  return { read, save, discard };
}
