// The configuration history: who changed which configuration, when, from what to what (GET /api/v1/audit-log).
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/api/client';
import { adminKeys } from '@/api/keys';

export type ConfigChange = Schemas['ConfigChange'];
export type FieldChange = Schemas['FieldChange'];

/** The filters as the API names them; empty ones are left out. */
export interface AuditFilters {
  kind?: string;
  key?: string;
  actor?: string;
  from?: string;
  to?: string;
  q?: string;
}

export function useAuditLog(filters: AuditFilters) {
  const query = Object.fromEntries(Object.entries(filters).filter(([, value]) => value)) as Record<string, string>;
  return useInfiniteQuery({
    queryKey: adminKeys.auditLog(query),
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/audit-log', {
      params: { query: { ...query, ...(pageParam ? { cursor: pageParam } : {}), limit: '50' } },
    })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useAuditKinds() {
  return useQuery({ queryKey: adminKeys.auditKinds, queryFn: () => unwrap(api.GET('/api/v1/audit-log/kinds')) });
}

const KIND_LABELS: Record<string, string> = {
  'directory.agent': 'Agent',
  'directory.team': 'Team',
  'directory.organisation': 'Organisation',
  'directory.ticket_status': 'Status',
  'directory.custom_field': 'Custom field',
  'directory.installation_fact': 'Installation fact',
  'identity.user_account': 'Login',
  'identity.api_key': 'API key',
  'identity.setting': 'Setting',
  'identity.signing_key': 'Signing key',
  'workspace.macro': 'Macro',
  'workspace.saved_view': 'Saved view',
};

/** "Team" for directory.team; a table without a label reads as its name ("sla_policy" → "Sla policy"). */
export function kindLabel(kind: string): string {
  const known = KIND_LABELS[kind];
  if (known) return known;
  const table = kind.slice(kind.indexOf('.') + 1).replaceAll('_', ' ');
  return table.charAt(0).toUpperCase() + table.slice(1);
}

/** "shared_tickets" → "Shared tickets". */
export function fieldLabel(field: string): string {
  const words = field.replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A recorded value as text: empty as "—", yes/no, lists joined, objects as compact JSON. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value) && value.every((item) => typeof item !== 'object' || item === null)) {
    return value.length === 0 ? '(none)' : value.join(', ');
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Who made a change, for people: the agent's or key's name, else the actor as recorded. */
export function actorText(change: Pick<ConfigChange, 'actor' | 'actorName'>): string {
  const actor = change.actor ?? '';
  if (actor === 'migration') return 'a database migration';
  if (actor === 'system') return 'AutoCRM';
  if (actor.startsWith('system:')) return `AutoCRM (${actor.slice('system:'.length)})`;
  if (change.actorName) {
    return actor.startsWith('api_key:') ? `API key “${change.actorName}”` : change.actorName;
  }
  return actor;
}
