import { Button } from '@/components/ui/Button';
import { SelectField } from '@/components/ui/SelectField';
import { TextInput } from '@/components/ui/TextInput';

/** One condition as the API takes it: a field, an operator the field allows, and its values. */
export interface ConditionValue {
  field: string;
  operator: string;
  values: string[];
}

export interface ConditionsValue {
  all: ConditionValue[];
  any: ConditionValue[];
}

export interface ConditionsEditorProps {
  value: ConditionsValue;
  onChange: (value: ConditionsValue) => void;
  /** A name for the rule or policy these conditions belong to, for labels. */
  label: string;
}

/** The condition language's fields and the operators each allows (the server checks them again: ConditionRules). */
export const CONDITION_FIELDS: Record<string, string[]> = {
  priority: ['is', 'is-not', 'one-of', 'none-of', 'at-least', 'at-most'],
  'status-category': ['is', 'is-not', 'one-of', 'none-of'],
  status: ['is', 'is-not', 'one-of', 'none-of'],
  type: ['is', 'is-not', 'one-of', 'none-of'],
  channel: ['is', 'is-not', 'one-of', 'none-of'],
  tags: ['includes-any', 'includes-all', 'excludes'],
  organisation: ['is', 'is-not', 'one-of', 'none-of', 'present', 'absent'],
  team: ['is', 'is-not', 'one-of', 'none-of', 'present', 'absent'],
  assignee: ['is', 'is-not', 'one-of', 'none-of', 'present', 'absent'],
  requester: ['is', 'is-not', 'one-of', 'none-of', 'present', 'absent'],
  subject: ['contains', 'not-contains'],
  description: ['contains', 'not-contains'],
  text: ['contains', 'not-contains'],
};

const NO_VALUE = new Set(['present', 'absent']);

function ConditionRow({ condition, index, list, onChange, onRemove }: {
  condition: ConditionValue;
  index: number;
  list: string;
  onChange: (condition: ConditionValue) => void;
  onRemove: () => void;
}) {
  const operators = CONDITION_FIELDS[condition.field] ?? [];
  const where = `${list} condition ${index + 1}`;
  return (
    <li className="flex flex-wrap items-end gap-2">
      <SelectField label={`Field of ${where}`} value={condition.field}
        options={Object.keys(CONDITION_FIELDS).map((field) => ({ value: field, label: field }))}
        onChange={(field) => onChange({ field, operator: CONDITION_FIELDS[field]?.[0] ?? 'is', values: [] })} />
      <SelectField label={`Operator of ${where}`} value={condition.operator}
        options={operators.map((operator) => ({ value: operator, label: operator }))}
        onChange={(operator) => onChange({ ...condition, operator, values: NO_VALUE.has(operator) ? [] : condition.values })} />
      {!NO_VALUE.has(condition.operator) && (
        <TextInput label={`Values of ${where}`} hint="Comma-separated" value={condition.values.join(', ')}
          onChange={(text) => onChange({ ...condition, values: text.split(',').map((value) => value.trim()).filter(Boolean) })}
          className="min-w-40 flex-1" />
      )}
      <Button size="sm" variant="ghost" onPress={onRemove} aria-label={`Remove ${where}`}>Remove</Button>
    </li>
  );
}

function ConditionList({ title, list, conditions, onChange }: {
  title: string;
  list: 'all' | 'any';
  conditions: ConditionValue[];
  onChange: (conditions: ConditionValue[]) => void;
}) {
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="text-sm font-medium">{title}</legend>
      {conditions.length === 0 && <p className="text-xs text-muted">None.</p>}
      <ul className="flex flex-col gap-2">
        {conditions.map((condition, index) => (
          <ConditionRow key={index} condition={condition} index={index} list={list === 'all' ? 'All' : 'Any'}
            onChange={(next) => onChange(conditions.map((c, i) => (i === index ? next : c)))}
            onRemove={() => onChange(conditions.filter((_, i) => i !== index))} />
        ))}
      </ul>
      <div>
        <Button size="sm" onPress={() => onChange([...conditions, { field: 'priority', operator: 'is', values: [] }])}>
          Add a condition
        </Button>
      </div>
    </fieldset>
  );
}

/**
 * Edits conditions in the one condition language rules, policies, triggers and automations share: every condition
 * of "all", and at least one of "any" when it has some. No conditions match every ticket.
 */
export function ConditionsEditor({ value, onChange, label }: ConditionsEditorProps) {
  return (
    <div className="flex flex-col gap-3" role="group" aria-label={`Conditions of ${label}`}>
      <ConditionList title="Every one of these holds" list="all" conditions={value.all}
        onChange={(all) => onChange({ ...value, all })} />
      <ConditionList title="At least one of these holds" list="any" conditions={value.any}
        onChange={(any) => onChange({ ...value, any })} />
    </div>
  );
}
