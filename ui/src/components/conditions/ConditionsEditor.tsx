import { useId } from 'react';
import { Button } from '@/components/ui/Button';
import { SelectField, type SelectOption } from '@/components/ui/SelectField';
import { TextInput } from '@/components/ui/TextInput';
import {
  CONDITION_FIELDS, NO_VALUE, ONE_VALUE, fieldOf, operatorsOf, type Condition, type Conditions,
} from './conditionFields';

export interface ConditionsEditorProps {
  /** What the editor is for, e.g. "Conditions of Invoices"; names the groups for screen readers. */
  label: string;
  value: Conditions;
  onChange: (value: Conditions) => void;
  /** The fields offered (keys of CONDITION_FIELDS, see fieldsFor); by default all but the trigger-only changes. */
  fields?: string[];
  /** Values to choose from for reference and status fields, by field key: teams, agents, organisations, statuses. */
  choices?: Partial<Record<string, SelectOption[]>>;
}

/**
 * The one editor of the condition language (routing rules, SLA policies, triggers, automations): "all of these" and
 * "any of these" lists of field, operator and values. Plain labelled controls, so keyboard and screen readers work.
 */
export function ConditionsEditor({ label, value, onChange, fields, choices = {} }: ConditionsEditorProps) {
  const offered = fields ? CONDITION_FIELDS.filter((f) => fields.includes(f.key)) : CONDITION_FIELDS.filter((f) => !f.change);
  const setList = (list: 'all' | 'any', conditions: Condition[]) => onChange({ ...value, [list]: conditions });
  return (
    <div className="flex flex-col gap-3">
      {(['all', 'any'] as const).map((list) => (
        <ConditionList key={list} list={list} label={label} conditions={value[list]} offered={offered}
          choices={choices} onChange={(conditions) => setList(list, conditions)} />
      ))}
    </div>
  );
}

interface ConditionListProps {
  list: 'all' | 'any';
  label: string;
  conditions: Condition[];
  offered: typeof CONDITION_FIELDS;
  choices: Partial<Record<string, SelectOption[]>>;
  onChange: (conditions: Condition[]) => void;
}

function ConditionList({ list, label, conditions, offered, choices, onChange }: ConditionListProps) {
  const headingId = useId();
  const title = list === 'all' ? 'All of these must hold' : 'At least one of these must hold';
  const first = offered[0]!;
  const add = () => onChange([...conditions, { field: first.key, operator: operatorsOf(first.kind)[0]!, values: [] }]);
  return (
    <fieldset aria-labelledby={headingId} className="rounded-md border border-line p-3">
      <legend id={headingId} className="px-1 text-xs font-semibold text-muted">
        {title}<span className="sr-only"> ({label})</span>
      </legend>
      {conditions.length === 0 && (
        <p className="text-xs text-muted">{list === 'all' ? 'No conditions: every ticket matches.' : 'None.'}</p>
      )}
      <ol className="flex flex-col gap-2">
        {conditions.map((condition, index) => (
          <ConditionRow key={index} index={index} list={list} condition={condition} offered={offered} choices={choices}
            onChange={(changed) => onChange(conditions.map((c, i) => (i === index ? changed : c)))}
            onRemove={() => onChange(conditions.filter((_, i) => i !== index))} />
        ))}
      </ol>
      <Button size="sm" className="mt-2" onPress={add} aria-label={`Add condition (${list})`}>Add condition</Button>
    </fieldset>
  );
}

interface ConditionRowProps {
  index: number;
  list: 'all' | 'any';
  condition: Condition;
  offered: typeof CONDITION_FIELDS;
  choices: Partial<Record<string, SelectOption[]>>;
  onChange: (condition: Condition) => void;
  onRemove: () => void;
}

function ConditionRow({ index, list, condition, offered, choices, onChange, onRemove }: ConditionRowProps) {
  const info = fieldOf(condition.field);
  const operators = operatorsOf(info.kind);
  const n = `${list} ${index + 1}`;
  const customKey = condition.field.startsWith('field:') ? condition.field.slice('field:'.length) : '';
  const valueChoices = info.values ?? choices[info.key];
  const setField = (key: string) => {
    const next = fieldOf(key);
    onChange({ field: key, operator: operatorsOf(next.kind)[0]!, values: [] });
  };
  return (
    <li className="flex flex-wrap items-end gap-2" aria-label={`Condition ${n}`}>
      <SelectField label={`Field (${n})`} value={info.key} onChange={setField}
        options={offered.map((f) => ({ value: f.key, label: f.label }))} />
      {info.key === 'field:' && (
        <TextInput label={`Custom field key (${n})`} value={customKey} className="w-32"
          onChange={(key) => onChange({ ...condition, field: `field:${key}` })} />
      )}
      <SelectField label={`Operator (${n})`} value={condition.operator}
        onChange={(operator) => onChange({ ...condition, operator, values: NO_VALUE.has(operator) ? [] : condition.values })}
        options={operators.map((o) => ({ value: o, label: o }))} />
      {!NO_VALUE.has(condition.operator) && (
        valueChoices && ONE_VALUE.has(condition.operator) ? (
          <SelectField label={`Value (${n})`} value={condition.values[0] ?? ''} placeholder="Choose…"
            options={valueChoices} onChange={(v) => onChange({ ...condition, values: v ? [v] : [] })} />
        ) : valueChoices ? (
          <MultiSelect label={`Values (${n})`} options={valueChoices} values={condition.values}
            onChange={(values) => onChange({ ...condition, values })} />
        ) : (
          <TextInput label={`Values (${n})`} className="min-w-40 flex-1"
            hint={ONE_VALUE.has(condition.operator) ? undefined : 'Separate values with commas'}
            value={condition.values.join(', ')}
            onChange={(text) => onChange({ ...condition, values: splitValues(text) })} />
        )
      )}
      <Button size="sm" variant="ghost" onPress={onRemove} aria-label={`Remove condition ${n}`}>Remove</Button>
    </li>
  );
}

function MultiSelect({ label, options, values, onChange }: {
  label: string; options: SelectOption[]; values: string[]; onChange: (values: string[]) => void;
}) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-muted">{label}</label>
      <select id={id} multiple value={values} size={Math.min(4, options.length)}
        onChange={(event) => onChange([...event.target.selectedOptions].map((o) => o.value))}
        className="min-w-40 rounded-md border border-line bg-surface px-2 py-1 text-sm text-ink focus:outline-none focus-visible:ring-2 focus-visible:ring-accent">
        {options.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
      </select>
    </div>
  );
}

/** Comma-separated values as a list; a trailing comma keeps an empty last value while typing. */
function splitValues(text: string): string[] {
  if (text.trim() === '') {
    return [];
  }
  return text.split(',').map((v, i, all) => (i === all.length - 1 ? v.trimStart() : v.trim()));
}
