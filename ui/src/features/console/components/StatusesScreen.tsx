import { useState, type FormEvent } from 'react';
import { useStatuses } from '@/api/directory';
import { Badge } from '@/components/ui/Badge';
import { Button } from '@/components/ui/Button';
import { CheckboxField } from '@/components/ui/CheckboxField';
import { ErrorState } from '@/components/ui/ErrorState';
import { FormProblem, fieldError } from '@/components/ui/FormProblem';
import { SelectField } from '@/components/ui/SelectField';
import { Spinner } from '@/components/ui/Spinner';
import { TextInput } from '@/components/ui/TextInput';
import { useCreateStatus, useUpdateStatus, type Status } from '../api/directory';
import { ConsolePage, Panel, TABLE } from './ConsolePage';

export const CATEGORIES = [
  { value: 'new', label: 'New' },
  { value: 'open', label: 'Open' },
  { value: 'pending', label: 'Pending' },
  { value: 'on-hold', label: 'On-hold' },
  { value: 'solved', label: 'Solved' },
  { value: 'closed', label: 'Closed' },
];
type Category = 'new' | 'open' | 'pending' | 'on-hold' | 'solved' | 'closed';

/** Statuses: the six built-in ones and custom ones, each mapped onto a category, in use or not, in order. */
export function StatusesScreen() {
  const statuses = useStatuses();
  return (
    <ConsolePage title="Statuses"
      description="Custom statuses name a stage of your process; each counts as one of the six categories, which drive the lifecycle rules, views and reports. Lower positions come first in pickers. A status no longer in use stays on the tickets that have it.">
      <NewStatusForm />
      {statuses.isPending ? <Spinner label="Loading statuses…" />
        : statuses.isError ? <ErrorState error={statuses.error} onRetry={() => void statuses.refetch()} />
        : (
          <div className={TABLE.wrap} tabIndex={0}>
            <table className={TABLE.table}>
              <thead><tr>
                <th className={TABLE.th}>Position</th><th className={TABLE.th}>Label</th><th className={TABLE.th}>Key</th>
                <th className={TABLE.th}>Category</th><th className={TABLE.th}>State</th><th className={TABLE.th}><span className="sr-only">Actions</span></th>
              </tr></thead>
              <tbody>{statuses.data.map((status) => <StatusRow key={status.key} status={status} />)}</tbody>
            </table>
          </div>
        )}
    </ConsolePage>
  );
}

function NewStatusForm() {
  const create = useCreateStatus();
  const [key, setKey] = useState('');
  const [label, setLabel] = useState('');
  const [category, setCategory] = useState<Category>('open');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ key, label, category }, { onSuccess: () => { setKey(''); setLabel(''); } });
  };
  return (
    <Panel title="Define a status">
      <form onSubmit={submit} className="flex flex-wrap items-start gap-3">
        <TextInput label="Label" value={label} onChange={setLabel} error={fieldError(create.error, 'label')} className="min-w-48 flex-1" />
        <TextInput label="Key" value={key} onChange={setKey} hint="Lowercase letters, digits and hyphens; never changes."
          error={fieldError(create.error, 'key', ['duplicate-definition', 'validation-failed'])} className="min-w-48 flex-1" />
        <SelectField label="Category" value={category} options={CATEGORIES} onChange={(value) => setCategory(value as Category)} />
        <Button type="submit" variant="primary" className="mt-5" isDisabled={create.isPending}>Define status</Button>
        <div className="basis-full empty:hidden">
          <FormProblem error={create.error} shownFields={['key', 'label']} shownCodes={['duplicate-definition', 'validation-failed']} />
        </div>
      </form>
    </Panel>
  );
}

function StatusRow({ status }: { status: Status }) {
  const update = useUpdateStatus();
  const [editing, setEditing] = useState(false);
  const [label, setLabel] = useState(status.label ?? '');
  const [position, setPosition] = useState(String(status.position ?? 100));
  const [active, setActive] = useState(status.active ?? true);
  const key = status.key ?? '';
  if (editing) {
    return (
      <tr>
        <td className={TABLE.td} colSpan={6}>
          <form className="flex flex-wrap items-start gap-3" onSubmit={(event) => {
            event.preventDefault();
            update.mutate({ key, label, position: Number(position), active: status.builtIn ? undefined : active },
              { onSuccess: () => setEditing(false) });
          }}>
            <TextInput label="Label" value={label} onChange={setLabel} error={fieldError(update.error, 'label')} className="min-w-48 flex-1" />
            <TextInput label="Position" type="number" inputMode="numeric" value={position} onChange={setPosition} className="w-28"
              error={fieldError(update.error, 'position', ['validation-failed'])} />
            {!status.builtIn && <div className="mt-6"><CheckboxField label="In use" isSelected={active} onChange={setActive} /></div>}
            <Button type="submit" variant="primary" className="mt-5" isDisabled={update.isPending}>Save</Button>
            <Button className="mt-5" onPress={() => { setEditing(false); update.reset(); }}>Cancel</Button>
            <div className="basis-full empty:hidden"><FormProblem error={update.error} shownFields={['label', 'position']} shownCodes={['validation-failed']} /></div>
          </form>
        </td>
      </tr>
    );
  }
  return (
    <tr className={status.active ? '' : 'text-muted'}>
      <td className={`${TABLE.td} tabular-nums`}>{status.position}</td>
      <td className={TABLE.td}>{status.label}</td>
      <td className={TABLE.td}><code className="text-xs">{status.key}</code></td>
      <td className={TABLE.td}>{CATEGORIES.find((c) => c.value === status.category)?.label}</td>
      <td className={TABLE.td}>
        <span className="flex flex-wrap gap-1">
          {status.builtIn && <Badge>built-in</Badge>}
          {status.active ? <Badge tone="success">in use</Badge> : <Badge tone="danger">not in use</Badge>}
        </span>
      </td>
      <td className={`${TABLE.td} text-right`}>
        <Button size="sm" onPress={() => setEditing(true)} aria-label={`Edit status ${status.label ?? ''}`}>Edit</Button>
      </td>
    </tr>
  );
}
