// The one condition language of routing rules, SLA policies, triggers and automations (command side's
// rules.ConditionField): each field, the operators its kind allows, and the values it knows. Mirrors the server,
// which validates every condition when a rule is saved and answers in canonical form.
import type { Schemas } from '@/api/client';

export type Condition = Schemas['Condition'];
export type Conditions = Schemas['Conditions'];

export type FieldKind = 'choice' | 'ordered' | 'reference' | 'text' | 'set' | 'field' | 'number';

export const OPERATORS: Record<FieldKind, string[]> = {
  choice: ['is', 'is-not', 'one-of', 'none-of'],
  ordered: ['is', 'is-not', 'one-of', 'none-of', 'at-least', 'at-most'],
  reference: ['is', 'is-not', 'one-of', 'none-of', 'present', 'absent'],
  text: ['contains', 'not-contains'],
  set: ['includes-any', 'includes-all', 'excludes'],
  field: ['is', 'is-not', 'one-of', 'none-of', 'contains', 'present', 'absent', 'less-than', 'greater-than'],
  number: ['greater-than', 'less-than'],
};

export const NO_VALUE = ['present', 'absent'];

export interface ConditionFieldInfo {
  key: string;
  label: string;
  kind: FieldKind;
  /** The values it takes, when they are a fixed list (statuses, teams and agents come from the directory). */
  values?: string[];
  /** Only triggers have a change to react to. */
  change?: boolean;
  /** Measures hours since something happened. */
  time?: boolean;
  hint?: string;
}

export const CONDITION_FIELDS: ConditionFieldInfo[] = [
  { key: 'update', label: 'Change', kind: 'choice', change: true,
    values: ['created', 'updated', 'status', 'priority', 'type', 'assignee', 'team', 'tags', 'custom-field',
      'customer-message', 'public-reply', 'internal-note', 'skills', 'merge'],
    hint: 'created; updated (any change but the creation); or a kind of change' },
  { key: 'status-changed-to', label: 'Status changed to', kind: 'choice', change: true, hint: 'status keys' },
  { key: 'status-changed-from', label: 'Status changed from', kind: 'choice', change: true, hint: 'status keys' },
  { key: 'status', label: 'Status', kind: 'choice', hint: 'status keys, e.g. pending' },
  { key: 'status-category', label: 'Status category', kind: 'choice',
    values: ['new', 'open', 'pending', 'on-hold', 'solved', 'closed'] },
  { key: 'priority', label: 'Priority', kind: 'ordered', values: ['low', 'normal', 'high', 'urgent'] },
  { key: 'type', label: 'Type', kind: 'choice', values: ['question', 'incident', 'problem', 'task'] },
  { key: 'channel', label: 'Channel', kind: 'choice', values: ['web', 'email', 'api', 'chat', 'widget', 'system'] },
  { key: 'tags', label: 'Tags', kind: 'set', hint: 'tags, comma separated' },
  { key: 'subject', label: 'Subject', kind: 'text', hint: 'words, comma separated: any of them' },
  { key: 'description', label: 'Description', kind: 'text', hint: 'words, comma separated: any of them' },
  { key: 'text', label: 'Subject or description', kind: 'text', hint: 'words, comma separated: any of them' },
  { key: 'team', label: 'Team', kind: 'reference', hint: 'team ids' },
  { key: 'assignee', label: 'Assignee', kind: 'reference', hint: 'agent ids' },
  { key: 'organisation', label: "Requester's organisation", kind: 'reference', hint: 'organisation ids' },
  { key: 'requester', label: 'Requester', kind: 'reference', hint: 'customer ids' },
  { key: 'hours-since-created', label: 'Hours since created', kind: 'number', time: true, hint: 'hours, e.g. 96' },
  { key: 'hours-since-updated', label: 'Hours since updated', kind: 'number', time: true, hint: 'hours, e.g. 72' },
  { key: 'hours-since-status-changed', label: 'Hours since status changed', kind: 'number', time: true,
    hint: 'hours, e.g. 96' },
];

/** The field a condition names; custom fields are named field:<key>. */
export function fieldInfo(key: string | undefined): ConditionFieldInfo | undefined {
  if (key?.startsWith('field:')) {
    return { key, label: `Custom field ${key.slice('field:'.length)}`, kind: 'field' };
  }
  return CONDITION_FIELDS.find((field) => field.key === key);
}

/** A condition as people read it, e.g. "Priority at-least high". */
export function describeCondition(condition: Condition): string {
  const label = fieldInfo(condition.field)?.label ?? condition.field ?? '';
  const values = condition.values ?? [];
  return [label, condition.operator, values.join(', ')].filter(Boolean).join(' ');
}
