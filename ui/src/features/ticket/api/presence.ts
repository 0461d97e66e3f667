// Collision detection: who else has this ticket open, and who is typing. Presence is ephemeral (never a ticket
// event): a heartbeat every 10 s keeps this agent listed, a DELETE takes them off, and the server's presence stream
// tells everyone who is there. The heartbeat uses plain fetch for `keepalive` (a DELETE must leave while the page
// unloads); the types are the generated ones.
import type { Schemas } from '@/api/client';
import { accessToken } from '@/lib/auth/session';

export type Viewer = Schemas['Viewer'];
export type Presence = Schemas['TicketPresence'];
export type PresenceState = NonNullable<Viewer['state']>;

export const HEARTBEAT_MS = 10_000;

function presenceUrl(ticketId: string): string {
  return `/api/v1/tickets/${encodeURIComponent(ticketId)}/presence`;
}

export function presenceStreamUrl(ticketId: string): string {
  return `/api/v1/stream/presence?${new URLSearchParams({ ticketId }).toString()}`;
}

async function send(method: 'PUT' | 'DELETE', ticketId: string, body?: unknown, keepalive = false): Promise<void> {
  const token = await accessToken();
  await fetch(presenceUrl(ticketId), {
    method,
    keepalive,
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

export function heartbeat(ticketId: string, state: PresenceState): Promise<void> {
  return send('PUT', ticketId, { state });
}

export function leave(ticketId: string): Promise<void> {
  return send('DELETE', ticketId, undefined, true);
}
