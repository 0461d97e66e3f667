// A macro's property changes in words, for the preview the agent reads before they apply.
import { humanize } from '@/lib/labels';
import type { Vocabulary } from './diff';
import type { TicketChanges } from './ticket';

export interface ChangeLine {
  label: string;
  value: string;
}

function fieldValues(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  return Array.isArray(value) ? value.map(String) : [String(value)];
}

export function describeMacroChanges(changes: TicketChanges, vocabulary: Vocabulary, names: ReadonlyMap<string, string>): ChangeLine[] {
  const lines: ChangeLine[] = [];
  if (changes.status) lines.push({ label: 'Status', value: vocabulary.statusLabel(changes.status) });
  if (changes.priority) lines.push({ label: 'Priority', value: humanize(changes.priority) });
  if (changes.type) lines.push({ label: 'Type', value: humanize(changes.type) });
  if (changes.assigneeId) lines.push({ label: 'Assignee', value: names.get(changes.assigneeId) ?? changes.assigneeId });
  if (changes.teamId) lines.push({ label: 'Team', value: names.get(changes.teamId) ?? changes.teamId });
  if (changes.addTags?.length) lines.push({ label: 'Add tags', value: changes.addTags.join(', ') });
  if (changes.removeTags?.length) lines.push({ label: 'Remove tags', value: changes.removeTags.join(', ') });
  for (const [key, value] of Object.entries(changes.customFields ?? {})) {
    const values = fieldValues(value);
    lines.push({ label: vocabulary.fieldLabel(key), value: values.length === 0 ? 'cleared' : vocabulary.fieldValue(key, values) });
  }
  return lines;
}
