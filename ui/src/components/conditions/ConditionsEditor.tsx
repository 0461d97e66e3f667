import { useId } from 'react';
import { Button } from '@/components/ui/Button';
import { SelectField } from '@/components/ui/SelectField';
import { type Condition, type ConditionFieldInfo, type Conditions, CONDITION_FIELDS, fieldInfo, NO_VALUE, OPERATORS } from './conditionFields';

export interface ConditionsEditorProps {
  value: Conditions;
  onChange: (value: Conditions) => void;
  /** Whether the change conditions (update, status-changed-to/from) are offered: triggers only. */
  allowChange?: boolean;
  /** Custom field keys to offer as field:<key>. */
  customFieldKeys?: string[];
}

const INPUT = 'w-full rounded-md border border-line bg-surface px-2 py-1.5 text-sm text-ink focus:outline-none focus-visible:ring-2 focus-visible:ring-accent';

/**
 * The conditions of a rule (routing, SLA policy, trigger, automation) in the one condition language: "all of these"
 * and "any of these", each a field, an operator its kind allows, and values (comma separated). The server validates
 * and answers the canonical form.
 */
export function ConditionsEditor({ value, onChange, allowChange = false, customFieldKeys = [] }: ConditionsEditorProps) {
  const fields: ConditionFieldInfo[] = [
    ...CONDITION_FIELDS.filter((field) => allowChange || !field.change),
    ...customFieldKeys.map((key) => fieldInfo(`field:${key}`)!),
  ];
  return (
    <div className="flex flex-col gap-3">
      <ConditionList title="All of these" list="all" conditions={value.all ?? []} fields={fields}
        onChange={(all) => onChange({ ...value, all })} />
      <ConditionList title="Any of these" list="any" conditions={value.any ?? []} fields={fields}
        onChange={(any) => onChange({ ...value, any })} />
    </div>
  );
}

interface ConditionListProps {
  title: string;
  list: 'all' | 'any';
  conditions: Condition[];
  fields: ConditionFieldInfo[];
  onChange: (conditions: Condition[]) => void;
}

function ConditionList({ title, list, conditions, fields, onChange }: ConditionListProps) {
  const set = (index: number, condition: Condition) => onChange(conditions.map((c, i) => (i === index ? condition : c)));
  return (
    <fieldset className="flex flex-col gap-2 rounded-md border border-line p-3">
      <legend className="px-1 text-sm font-medium">{title}</legend>
      {conditions.length === 0 && (
        <p className="text-xs text-muted">{list === 'all' ? 'No condition: every ticket.' : 'None: not needed.'}</p>
      )}
      <ol className="flex flex-col gap-2" aria-label={title}>
        {conditions.map((condition, index) => (
          <li key={index} className="border-t border-line pt-2 first:border-t-0 first:pt-0">
            <ConditionRow label={`${title}, condition ${index + 1}`} condition={condition} fields={fields}
              onChange={(changed) => set(index, changed)} onRemove={() => onChange(conditions.filter((_, i) => i !== index))} />
          </li>
        ))}
      </ol>
      <Button size="sm" variant="ghost" className="self-start"
        onPress={() => onChange([...conditions, { field: fields[0]?.key, operator: OPERATORS[fields[0]?.kind ?? 'choice'][0], values: [] }])}>
        + Add a condition to “{title.toLowerCase()}”
      </Button>
    </fieldset>
  );
}

interface ConditionRowProps {
  label: string;
  condition: Condition;
  fields: ConditionFieldInfo[];
  onChange: (condition: Condition) => void;
  onRemove: () => void;
}

function ConditionRow({ label, condition, fields, onChange, onRemove }: ConditionRowProps) {
  const valuesId = useId();
  const listId = useId();
  const info = fieldInfo(condition.field) ?? fields[0]!;
  const operators = OPERATORS[info.kind];
  const needsValue = !NO_VALUE.includes(condition.operator ?? '');
  return (
    <div role="group" aria-label={label} className="flex flex-wrap items-end gap-2">
      <SelectField label="Field" value={condition.field ?? ''}
        options={fields.map((field) => ({ value: field.key, label: field.label }))}
        onChange={(field) => {
          const next = fieldInfo(field);
          onChange({ field, operator: OPERATORS[next?.kind ?? 'choice'][0], values: [] });
        }} />
      <SelectField label="Operator" value={condition.operator ?? ''}
        options={operators.map((operator) => ({ value: operator, label: operator }))}
        onChange={(operator) => onChange({ ...condition, operator, values: NO_VALUE.includes(operator) ? [] : condition.values })} />
      {needsValue && (
        <div className="flex min-w-40 flex-1 flex-col gap-1">
          <label htmlFor={valuesId} className="text-xs font-medium text-muted">Values</label>
          <input id={valuesId} className={INPUT} list={info.values ? listId : undefined}
            value={(condition.values ?? []).join(', ')}
            placeholder={info.values ? info.values.slice(0, 3).join(', ') : info.hint}
            aria-describedby={info.hint ? `${valuesId}-hint` : undefined}
            onChange={(event) => onChange({ ...condition, values: event.target.value.split(',').map((v) => v.trim()).filter((v, i, all) => v !== '' || i === all.length - 1) })} />
          {info.values && (
            <datalist id={listId}>
              {info.values.map((v) => <option key={v} value={v} />)}
            </datalist>
          )}
          {(info.hint || info.values) && (
            <p id={`${valuesId}-hint`} className="text-xs text-muted">{info.hint ?? info.values?.join(', ')}</p>
          )}
        </div>
      )}
      <Button size="sm" variant="ghost" onPress={onRemove} aria-label={`Remove ${label.toLowerCase()}`}>Remove</Button>
    </div>
  );
}
