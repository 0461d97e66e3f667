// Applying a macro to a ticket: the server renders it for this ticket and agent; the changes then go through the
// ordinary ticket writes, each naming the macro and sharing one correlation id (one application, one use).
import { api, unwrap } from '@/api/client';
import { CORRELATION_HEADER, MACRO_HEADER, type RenderedMacro } from '@/api/macros';
import type { TicketChanges, WriteHeaders } from './ticket';

export async function renderMacro(macroId: string, ticketId: string): Promise<RenderedMacro> {
  return unwrap(api.POST('/api/v1/macros/{id}/render', { params: { path: { id: macroId }, query: { ticketId } } }));
}

/** A macro made ready for the composer: what it changes, its text, and the headers its writes carry. */
export interface PendingMacro {
  id: string;
  name: string;
  changes: TicketChanges;
  headers: WriteHeaders;
}

export function pendingMacro(rendered: RenderedMacro): PendingMacro {
  const id = rendered.macroId ?? '';
  return {
    id,
    name: rendered.macroName ?? '',
    changes: (rendered.changes ?? {}) as TicketChanges,
    headers: { [MACRO_HEADER]: id, [CORRELATION_HEADER]: crypto.randomUUID() },
  };
}

export function hasChanges(changes: TicketChanges): boolean {
  return Object.values(changes).some((value) => value !== undefined && !(Array.isArray(value) && value.length === 0));
}
