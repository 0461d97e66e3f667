// What changed on a ticket between two readings of it, in words an agent reads: used when a change meets a
// version conflict, to show what someone else did meanwhile.
import { humanize } from '@/lib/labels';
import type { TicketChanges, TicketDetail } from './ticket';

export interface FieldDiff {
  /** The property as PATCH names it: status, priority, type, assigneeId, teamId, tags, or cf.<key>. */
  field: string;
  before: string;
  after: string;
}

export interface Vocabulary {
  statusLabel: (key: string) => string;
  fieldLabel: (key: string) => string;
  fieldValue: (key: string, values: readonly string[]) => string;
}

const NONE = '—';

function pairs(ticket: TicketDetail, vocabulary: Vocabulary): Record<string, string> {
  const text = (value: string | undefined | null) => (value ? value : NONE);
  const result: Record<string, string> = {
    status: ticket.status?.key ? vocabulary.statusLabel(ticket.status.key) : NONE,
    priority: humanize(ticket.priority),
    type: humanize(ticket.type),
    assigneeId: text(ticket.assignee?.name ?? ticket.assignee?.id),
    teamId: text(ticket.team?.name ?? ticket.team?.id),
    tags: ticket.tags && ticket.tags.length > 0 ? ticket.tags.join(', ') : NONE,
  };
  for (const [key, values] of Object.entries(ticket.customFields ?? {})) {
    result[`cf.${key}`] = values.length > 0 ? vocabulary.fieldValue(key, values) : NONE;
  }
  return result;
}

/** The properties whose shown value differs between before and after, in a stable order. */
export function diffTicket(before: TicketDetail, after: TicketDetail, vocabulary: Vocabulary): FieldDiff[] {
  const [a, b] = [pairs(before, vocabulary), pairs(after, vocabulary)];
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return fields
    .filter((field) => (a[field] ?? NONE) !== (b[field] ?? NONE))
    .map((field) => ({ field, before: a[field] ?? NONE, after: b[field] ?? NONE }));
}

/** The properties a change request touches, named as diffTicket names them. */
export function touchedFields(changes: TicketChanges): string[] {
  const fields = Object.keys(changes).filter((key) => key !== 'customFields' && key !== 'addTags' && key !== 'removeTags');
  if (changes.addTags || changes.removeTags) {
    fields.push('tags');
  }
  return [...fields, ...Object.keys(changes.customFields ?? {}).map((key) => `cf.${key}`)];
}

/** Messages that arrived between two readings. */
export function newMessages(before: TicketDetail, after: TicketDetail) {
  const known = new Set((before.messages ?? []).map((message) => message.id));
  return (after.messages ?? []).filter((message) => !known.has(message.id));
}
