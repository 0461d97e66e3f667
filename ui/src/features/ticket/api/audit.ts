// The ticket's audit trail: one row per change, who (with role) did what, through which channel, and when.
import { useQuery } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '@/api/client';
import { ticketKeys } from '@/api/keys';

export type AuditEntry = Schemas['AuditEntryView'];

export function useAudit(ticketId: string, enabled = true) {
  return useQuery({
    queryKey: ticketKeys.audit(ticketId),
    queryFn: () => unwrap(api.GET('/api/v1/tickets/{id}/audit', { params: { path: { id: ticketId } } })),
    enabled,
  });
}

export interface AuditChange {
  field: string;
  from: string | null;
  to: string | null;
}

/** How a field's raw value reads for people (a status key as its label, a priority capitalised…). */
export type ValueLabel = (field: string, value: string) => string;

function text(field: string, value: unknown, names: ReadonlyMap<string, string>, label: ValueLabel): string | null {
  if (value === null || value === undefined) {
    return null;
  }
  if (Array.isArray(value)) {
    return value.map((item) => text(field, item, names, label)).join(', ');
  }
  const raw = typeof value === 'string' ? value : JSON.stringify(value);
  return names.get(raw) ?? label(field, raw);
}

/** The entry's field changes as old → new text, ids named (agents, teams); message ids are left out. */
export function changesOf(entry: AuditEntry, names: ReadonlyMap<string, string>, label: ValueLabel = (_field, value) => value): AuditChange[] {
  return (entry.changes ?? [])
    .filter((change) => change.field !== 'message' && change.field !== 'internalNote' && change.field !== 'statusCategory')
    .map((change) => {
      const field = String(change.field);
      return { field, from: text(field, change.from, names, label), to: text(field, change.to, names, label) };
    });
}

/** The description with the ids it names replaced by names ("Assigned to agent <id>" → "Assigned to Grace Hopper"). */
export function describe(entry: AuditEntry, names: ReadonlyMap<string, string>): string {
  return (entry.description ?? entry.eventType ?? '').replace(
    /\b(?:(agent|team|customer) )?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/gi,
    (match, kind: string | undefined, id: string) => {
      const name = names.get(id);
      return name ? name : kind ? `${kind} ${id.slice(0, 8)}…` : match;
    },
  );
}

/** The audit entry in force at an instant: the newest one at or before it. */
export function entryAt(entries: readonly AuditEntry[], instant: string): AuditEntry | undefined {
  const at = new Date(instant).getTime();
  return entries.filter((entry) => new Date(entry.occurredAt ?? 0).getTime() <= at).at(-1);
}
