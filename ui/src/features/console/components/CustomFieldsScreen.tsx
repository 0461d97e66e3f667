import { useState, type FormEvent } from 'react';
import { useCustomFields } from '@/api/directory';
import { Badge } from '@/components/ui/Badge';
import { Button } from '@/components/ui/Button';
import { CheckboxField } from '@/components/ui/CheckboxField';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { FormProblem, fieldError } from '@/components/ui/FormProblem';
import { SelectField } from '@/components/ui/SelectField';
import { Spinner } from '@/components/ui/Spinner';
import { TextInput } from '@/components/ui/TextInput';
import { useCreateCustomField, useUpdateCustomField, type CustomField, type FieldOption } from '../api/directory';
import { ConsolePage, Panel, TABLE } from './ConsolePage';
import { OptionsEditor, keyFromLabel } from './OptionsEditor';

export const FIELD_TYPES = [
  { value: 'text', label: 'Text' },
  { value: 'number', label: 'Number' },
  { value: 'decimal', label: 'Decimal' },
  { value: 'checkbox', label: 'Checkbox' },
  { value: 'date', label: 'Date' },
  { value: 'dropdown', label: 'Dropdown' },
  { value: 'multi-select', label: 'Multi-select' },
  { value: 'regex', label: 'Regex pattern' },
];
const CHOICE = ['dropdown', 'multi-select'];
const KEY_CODES = ['duplicate-definition', 'validation-failed'];

/**
 * Custom fields: all eight types, options for choice fields, a pattern for regex ones, who sees them, whether they are
 * required, their order.
 */
export function CustomFieldsScreen() {
  const fields = useCustomFields();
  return (
    <ConsolePage title="Custom fields"
      description="Extra facts on tickets. A field's key and type never change; a field no longer in use keeps its values on old tickets. Customer-visible fields appear on the portal's forms and tickets. A required field must have a value before a ticket is solved or closed, and customers must fill in the required fields they see when they open one.">
      <NewFieldForm />
      {fields.isPending ? <Spinner label="Loading fields…" />
        : fields.isError ? <ErrorState error={fields.error} onRetry={() => void fields.refetch()} />
        : fields.data.length === 0 ? <EmptyState title="No custom fields yet">Define the first one above.</EmptyState>
        : (
          <div className={TABLE.wrap} tabIndex={0}>
            <table className={TABLE.table}>
              <thead><tr>
                <th className={TABLE.th}>Position</th><th className={TABLE.th}>Label</th><th className={TABLE.th}>Key</th>
                <th className={TABLE.th}>Type</th><th className={TABLE.th}>State</th><th className={TABLE.th}><span className="sr-only">Actions</span></th>
              </tr></thead>
              <tbody>{fields.data.map((field) => <FieldRow key={field.key} field={field} />)}</tbody>
            </table>
          </div>
        )}
    </ConsolePage>
  );
}

function NewFieldForm() {
  const create = useCreateCustomField();
  const [label, setLabel] = useState('');
  const [key, setKey] = useState('');
  const [type, setType] = useState('text');
  const [options, setOptions] = useState<FieldOption[]>([{ key: '', label: '' }]);
  const [pattern, setPattern] = useState('');
  const [customerVisible, setCustomerVisible] = useState(false);
  const [required, setRequired] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({
      key: key || keyFromLabel(label, '_'),
      label,
      type,
      options: CHOICE.includes(type) ? options.map((o) => ({ label: o.label, key: o.key || keyFromLabel(o.label ?? '', '_') })) : undefined,
      pattern: type === 'regex' ? pattern : undefined,
      customerVisible,
      required,
    }, { onSuccess: () => { setLabel(''); setKey(''); setPattern(''); setOptions([{ key: '', label: '' }]); setRequired(false); } });
  };
  return (
    <Panel title="Define a custom field">
      <form onSubmit={submit} className="flex flex-wrap items-start gap-3">
        <TextInput label="Label" value={label} onChange={setLabel} error={fieldError(create.error, 'label')} className="min-w-48 flex-1" />
        <TextInput label="Key" value={key} onChange={setKey} placeholder={keyFromLabel(label, '_') || 'made from the label'}
          hint="Lowercase letters, digits and _; never changes." error={fieldError(create.error, 'key', KEY_CODES)} className="min-w-48 flex-1" />
        <SelectField label="Type" value={type} options={FIELD_TYPES} onChange={setType} />
        {CHOICE.includes(type) && <OptionsEditor options={options} onChange={setOptions} />}
        {type === 'regex' && (
          <TextInput label="Pattern" value={pattern} onChange={setPattern} className="min-w-64 flex-1 font-mono"
            hint="A Java regular expression the whole value must match, e.g. [A-Z]{2}-\d{4}." />
        )}
        <div className="mt-6 flex flex-wrap gap-4">
          <CheckboxField label="Customers see and fill it in" isSelected={customerVisible} onChange={setCustomerVisible} />
          <CheckboxField label="Required" isSelected={required} onChange={setRequired} />
        </div>
        <p className="basis-full text-xs text-muted">Required: tickets are solved or closed only with a value; customers must fill it in when they see it.</p>
        <Button type="submit" variant="primary" className="mt-5" isDisabled={create.isPending}>Define field</Button>
        <div className="basis-full empty:hidden">
          <FormProblem error={create.error} shownFields={['key', 'label']} shownCodes={KEY_CODES} />
        </div>
      </form>
    </Panel>
  );
}

function FieldRow({ field }: { field: CustomField }) {
  const update = useUpdateCustomField();
  const [editing, setEditing] = useState(false);
  const [label, setLabel] = useState(field.label ?? '');
  const [position, setPosition] = useState(String(field.position ?? 100));
  const [active, setActive] = useState(field.active ?? true);
  const [customerVisible, setCustomerVisible] = useState(field.customerVisible ?? false);
  const [required, setRequired] = useState(field.required ?? false);
  const [options, setOptions] = useState<FieldOption[]>(field.options ?? []);
  const choice = CHOICE.includes(field.type ?? '');
  if (editing) {
    return (
      <tr>
        <td className={TABLE.td} colSpan={6}>
          <form className="flex flex-wrap items-start gap-3" onSubmit={(event) => {
            event.preventDefault();
            update.mutate({ key: field.key ?? '', label, active, customerVisible, required, position: Number(position), options: choice ? options : undefined },
              { onSuccess: () => setEditing(false) });
          }}>
            <TextInput label="Label" value={label} onChange={setLabel} error={fieldError(update.error, 'label')} className="min-w-48 flex-1" />
            <TextInput label="Position" type="number" inputMode="numeric" value={position} onChange={setPosition} className="w-28"
              error={fieldError(update.error, 'position', ['validation-failed'])} />
            <div className="mt-6 flex flex-wrap gap-4">
              <CheckboxField label="In use" isSelected={active} onChange={setActive} />
              <CheckboxField label="Customer-visible" isSelected={customerVisible} onChange={setCustomerVisible} />
              <CheckboxField label="Required" isSelected={required} onChange={setRequired} />
            </div>
            {choice && <OptionsEditor options={options} onChange={setOptions} />}
            <div className="flex basis-full gap-2">
              <Button type="submit" variant="primary" isDisabled={update.isPending}>Save</Button>
              <Button onPress={() => { setEditing(false); update.reset(); }}>Cancel</Button>
            </div>
            <div className="basis-full empty:hidden"><FormProblem error={update.error} shownFields={['label', 'position']} shownCodes={['validation-failed']} /></div>
          </form>
        </td>
      </tr>
    );
  }
  return (
    <tr className={field.active ? '' : 'text-muted'}>
      <td className={`${TABLE.td} tabular-nums`}>{field.position}</td>
      <td className={TABLE.td}>
        {field.label}
        {choice && <p className="text-xs text-muted">{(field.options ?? []).map((o) => o.label).join(', ')}</p>}
        {field.pattern && <p className="font-mono text-xs text-muted">{field.pattern}</p>}
      </td>
      <td className={TABLE.td}><code className="text-xs">{field.key}</code></td>
      <td className={TABLE.td}>{FIELD_TYPES.find((t) => t.value === field.type)?.label ?? field.type}</td>
      <td className={TABLE.td}>
        <span className="flex flex-wrap gap-1">
          {field.active ? <Badge tone="success">in use</Badge> : <Badge tone="danger">not in use</Badge>}
          {field.customerVisible && <Badge tone="accent">customer-visible</Badge>}
          {field.required && <Badge tone="note">{field.active ? 'required' : 'required (not in use: never asked)'}</Badge>}
        </span>
      </td>
      <td className={`${TABLE.td} text-right`}>
        <Button size="sm" onPress={() => setEditing(true)} aria-label={`Edit field ${field.label ?? ''}`}>Edit</Button>
      </td>
    </tr>
  );
}
