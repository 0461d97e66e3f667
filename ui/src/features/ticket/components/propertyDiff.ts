// What differs between two versions of a ticket's properties, in words: for the conflict dialog.
import { humanize } from '@/lib/labels';
import type { TicketChanges, TicketDetail } from '../api/ticket';

export interface PropertyDifference {
  field: string;
  mine: string;
  theirs: string;
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length ? value.join(', ') : '—';
  return String(value);
}

/** The fields my change touched, with what I wanted and what the latest version holds. */
export function conflictingFields(changes: TicketChanges, latest: TicketDetail): PropertyDifference[] {
  const rows: PropertyDifference[] = [];
  const add = (field: string, mine: unknown, theirs: unknown) => rows.push({ field, mine: show(mine), theirs: show(theirs) });
  if ('status' in changes) add('Status', humanize(changes.status), humanize(latest.status?.key));
  if ('priority' in changes) add('Priority', humanize(changes.priority), humanize(latest.priority));
  if ('type' in changes) add('Type', humanize(changes.type), humanize(latest.type));
  if ('assigneeId' in changes) add('Assignee', changes.assigneeId ?? 'Unassigned', latest.assignee?.name ?? 'Unassigned');
  if ('teamId' in changes) add('Team', changes.teamId ?? 'No team', latest.team?.name ?? 'No team');
  if (changes.addTags?.length) add('Add tags', changes.addTags, latest.tags);
  if (changes.removeTags?.length) add('Remove tags', changes.removeTags, latest.tags);
  for (const [key, value] of Object.entries(changes.customFields ?? {})) add(key, value, latest.customFields?.[key]);
  return rows;
}

/** Which properties changed between the version I saw and the latest one. */
export function changedMeanwhile(before: TicketDetail, latest: TicketDetail): PropertyDifference[] {
  const rows: PropertyDifference[] = [];
  const compare = (field: string, a: unknown, b: unknown) => {
    if (show(a) !== show(b)) rows.push({ field, mine: show(a), theirs: show(b) });
  };
  compare('Status', humanize(before.status?.key), humanize(latest.status?.key));
  compare('Priority', humanize(before.priority), humanize(latest.priority));
  compare('Type', humanize(before.type), humanize(latest.type));
  compare('Assignee', before.assignee?.name ?? 'Unassigned', latest.assignee?.name ?? 'Unassigned');
  compare('Team', before.team?.name ?? 'No team', latest.team?.name ?? 'No team');
  compare('Tags', before.tags, latest.tags);
  const keys = new Set([...Object.keys(before.customFields ?? {}), ...Object.keys(latest.customFields ?? {})]);
  keys.forEach((key) => compare(key, before.customFields?.[key], latest.customFields?.[key]));
  if ((latest.messageCount ?? 0) !== (before.messageCount ?? 0)) {
    rows.push({ field: 'Messages', mine: show(before.messageCount), theirs: show(latest.messageCount) });
  }
  return rows;
}
