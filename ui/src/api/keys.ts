// Query keys, one factory per resource, so every reader and every mutation names the same cache entries.
import type { paths } from './schema';

export type QueueFilters = NonNullable<paths['/api/v1/tickets']['get']['parameters']['query']>;
export type QueueSort = NonNullable<QueueFilters['sort']>;
export type Category = NonNullable<QueueFilters['category']>[number];
export type Priority = NonNullable<QueueFilters['priority']>[number];
export type TicketType = NonNullable<QueueFilters['type']>[number];
export type Channel = NonNullable<QueueFilters['channel']>[number];

export const meKeys = {
  all: ['me'] as const,
};

export const directoryKeys = {
  agents: ['directory', 'agents'] as const,
  teams: ['directory', 'teams'] as const,
  statuses: ['directory', 'statuses'] as const,
  customFields: ['directory', 'custom-fields'] as const,
  organisations: ['directory', 'organisations'] as const,
  skills: ['directory', 'skills'] as const,
  agent: (id: string) => ['directory', 'agents', id] as const,
};

export const queueKeys = {
  all: ['queue'] as const,
  lists: () => [...queueKeys.all, 'list'] as const,
  list: (filters: QueueFilters) => [...queueKeys.lists(), filters] as const,
  counts: () => [...queueKeys.all, 'count'] as const,
  count: (filters: QueueFilters) => [...queueKeys.counts(), filters] as const,
  requester: (requesterId: string, scope: 'open' | 'done') => [...queueKeys.all, 'requester', requesterId, scope] as const,
};

export const ticketKeys = {
  all: ['tickets'] as const,
  detail: (id: string) => [...ticketKeys.all, id, 'detail'] as const,
  asOf: (id: string, instant: string) => [...ticketKeys.all, id, 'as-of', instant] as const,
  audit: (id: string) => [...ticketKeys.all, id, 'audit'] as const,
  /** The ticket's mail (received and sent), read again whenever the ticket's version moves. */
  mail: (id: string, version: number | undefined) => [...ticketKeys.all, id, 'mail', version] as const,
};

export const customerKeys = {
  detail: (id: string) => ['customers', id] as const,
};

/** The admin console's resources (the directory's lists above are shared with the workspace). */
export const adminKeys = {
  all: ['admin'] as const,
  customers: (q: string) => [...adminKeys.all, 'customers', q] as const,
  customer: (id: string) => [...adminKeys.all, 'customer', id] as const,
  customerTickets: (id: string) => [...adminKeys.all, 'customer', id, 'tickets'] as const,
  users: (role: string) => [...adminKeys.all, 'users', role] as const,
  apiKeys: ['admin', 'api-keys'] as const,
  settings: ['admin', 'settings'] as const,
  readModels: ['admin', 'read-models'] as const,
  processManagers: ['admin', 'process-managers'] as const,
  deadLetters: ['admin', 'dead-letters'] as const,
  auditLog: (filters: Record<string, string>) => [...adminKeys.all, 'audit-log', filters] as const,
  auditKinds: ['admin', 'audit-log', 'kinds'] as const,
  routingRules: ['admin', 'routing-rules'] as const,
  routingRuleVersions: (id: string) => ['admin', 'routing-rules', id, 'versions'] as const,
  mail: ['admin', 'mail'] as const,
  mailStatus: ['admin', 'mail', 'status'] as const,
  receivedMail: (state: string) => ['admin', 'mail', 'inbound', state] as const,
  sentMail: (state: string) => ['admin', 'mail', 'outbox', state] as const,
};

/** Triggers and automations: one list per kind, in order. */
export const ruleKeys = {
  all: ['rules'] as const,
  list: (kind: 'triggers' | 'automations') => [...ruleKeys.all, kind] as const,
};

export const viewKeys = {
  all: ['views'] as const,
};

export const macroKeys = {
  all: ['macros'] as const,
  list: () => [...macroKeys.all, 'list'] as const,
  usage: () => [...macroKeys.all, 'usage'] as const,
};

export const notificationKeys = {
  all: ['notifications'] as const,
};

export const presenceKeys = {
  ticket: (id: string) => ['presence', id] as const,
};

/** Filters as query parameters (repeated keys for lists), for the stream and other plain URLs. */
export function toSearchParams(filters: Record<string, unknown>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (Array.isArray(value)) {
      value.forEach((item) => params.append(key, String(item)));
    } else if (value !== undefined && value !== null && value !== '') {
      params.append(key, String(value));
    }
  }
  return params;
}

/** The customer portal's ticket lists (pages of the customer view, by scope, status and text). */
export const portalKeys = {
  all: ['portal'] as const,
  lists: () => [...portalKeys.all, 'list'] as const,
  list: (filters: Record<string, unknown>) => [...portalKeys.lists(), filters] as const,
};
