// The condition language's fields and operators, as the server's rules package defines them (ConditionField): the
// server validates every condition again when a rule, policy, trigger or automation is saved.
import type { SelectOption } from '@/components/ui/SelectField';

export interface Condition {
  field: string;
  operator: string;
  values: string[];
}

export interface Conditions {
  all: Condition[];
  any: Condition[];
}

export type FieldKind = 'choice' | 'ordered' | 'reference' | 'text' | 'set' | 'field' | 'number';

export interface FieldInfo {
  key: string;
  label: string;
  kind: FieldKind;
  /** Fixed values a choice field takes (priority, type, channel, status category). */
  values?: SelectOption[];
  /** A condition on the change a trigger reacts to: offered to triggers only. */
  change?: boolean;
  /** A condition on time passed ("hours since ..."): what automations need, no use to triggers and routing. */
  time?: boolean;
}

const OPERATORS: Record<FieldKind, string[]> = {
  choice: ['is', 'is-not', 'one-of', 'none-of'],
  ordered: ['is', 'is-not', 'one-of', 'none-of', 'at-least', 'at-most'],
  reference: ['is', 'is-not', 'one-of', 'none-of', 'present', 'absent'],
  text: ['contains', 'not-contains'],
  set: ['includes-any', 'includes-all', 'excludes'],
  field: ['is', 'is-not', 'one-of', 'none-of', 'contains', 'present', 'absent', 'less-than', 'greater-than'],
  number: ['greater-than', 'less-than'],
};

const options = (...keys: string[]): SelectOption[] => keys.map((key) => ({ value: key, label: key }));

export const CONDITION_FIELDS: FieldInfo[] = [
  { key: 'update', label: 'Change', kind: 'choice', change: true,
    values: options('created', 'updated', 'status', 'priority', 'type', 'assignee', 'team', 'tags', 'custom-field',
      'customer-message', 'public-reply', 'internal-note', 'skills', 'merge') },
  { key: 'status-changed-to', label: 'Status changed to', kind: 'choice', change: true },
  { key: 'status-changed-from', label: 'Status changed from', kind: 'choice', change: true },
  { key: 'subject', label: 'Subject', kind: 'text' },
  { key: 'description', label: 'Description', kind: 'text' },
  { key: 'text', label: 'Subject or description', kind: 'text' },
  { key: 'channel', label: 'Channel', kind: 'choice', values: options('web', 'email', 'api', 'chat', 'widget', 'system') },
  { key: 'priority', label: 'Priority', kind: 'ordered', values: options('low', 'normal', 'high', 'urgent') },
  { key: 'type', label: 'Type', kind: 'choice', values: options('question', 'incident', 'problem', 'task') },
  { key: 'status', label: 'Status', kind: 'choice' },
  { key: 'status-category', label: 'Status category', kind: 'choice', values: options('new', 'open', 'pending', 'on-hold', 'solved', 'closed') },
  { key: 'organisation', label: "Requester's organisation", kind: 'reference' },
  { key: 'requester', label: 'Requester', kind: 'reference' },
  { key: 'team', label: 'Team', kind: 'reference' },
  { key: 'assignee', label: 'Assignee', kind: 'reference' },
  { key: 'tags', label: 'Tags', kind: 'set' },
  { key: 'field:', label: 'Custom field', kind: 'field' },
  { key: 'hours-since-created', label: 'Hours since created', kind: 'number', time: true },
  { key: 'hours-since-updated', label: 'Hours since updated', kind: 'number', time: true },
  { key: 'hours-since-status-changed', label: 'Hours since status changed', kind: 'number', time: true },
];

/** The fields a kind of rule may test: triggers react to changes, automations to time passed. */
export function fieldsFor(kind: 'routing' | 'sla' | 'triggers' | 'automations'): string[] {
  return CONDITION_FIELDS.filter((f) => (kind === 'triggers' || !f.change) && (kind === 'automations' || !f.time))
    .map((f) => f.key);
}

/** The field a condition names (a custom field is "field:<key>"). */
export function fieldOf(key: string): FieldInfo {
  return CONDITION_FIELDS.find((f) => (f.key === 'field:' ? key.startsWith('field:') : f.key === key)) ?? CONDITION_FIELDS[0]!;
}

export function operatorsOf(kind: FieldKind): string[] {
  return OPERATORS[kind];
}

/** Operators that take no value, and those that take exactly one. */
export const NO_VALUE = new Set(['present', 'absent']);
export const ONE_VALUE = new Set(['is', 'is-not', 'at-least', 'at-most', 'less-than', 'greater-than']);

/** A condition as people read it, e.g. "Priority at-least high". */
export function describeCondition(condition: Condition): string {
  const label = condition.field.startsWith('field:') ? `Custom field ${condition.field.slice('field:'.length)}`
    : CONDITION_FIELDS.find((f) => f.key === condition.field)?.label ?? condition.field;
  return condition.values.length === 0 ? `${label} ${condition.operator}`
    : `${label} ${condition.operator} ${condition.values.join(', ')}`;
}

/** The conditions as saved: values trimmed, empty ones dropped. */
export function cleanConditions(conditions: Conditions): Conditions {
  const clean = (list: Condition[]) => list.map((c) => ({ ...c, values: c.values.map((v) => v.trim()).filter(Boolean) }));
  return { all: clean(conditions.all), any: clean(conditions.any) };
}
