import { lazy, Suspense, useId, useState } from 'react';
import { useAgents, useCustomFields, useStatuses, useTeams } from '@/api/directory';
import type { Macro, MacroActions } from '@/api/macros';
import { Button } from '@/components/ui/Button';
import { ErrorState } from '@/components/ui/ErrorState';
import { SelectField } from '@/components/ui/SelectField';
import type { MacroRequest } from '../api/macros';

const RichTextEditor = lazy(() => import('@/components/editor/RichTextEditor').then((module) => ({ default: module.RichTextEditor })));

export const PLACEHOLDERS = [
  'ticket.number',
  'ticket.subject',
  'ticket.status',
  'ticket.priority',
  'ticket.type',
  'requester.name',
  'requester.first_name',
  'agent.name',
  'agent.first_name',
] as const;

export interface MacroFormProps {
  macro?: Macro;
  /** Shared macros (admins) or personal ones. */
  shared: boolean;
  saving: boolean;
  error: unknown;
  onSave: (request: MacroRequest) => void;
  onCancel: () => void;
}

type TextKind = '' | 'public-reply' | 'internal-note';

interface FieldRow {
  key: string;
  value: string;
}

const INPUT = 'rounded-md border border-line bg-surface px-2 py-1.5 text-sm text-ink focus:outline-none focus-visible:ring-2 focus-visible:ring-accent';

function tagList(text: string): string[] | undefined {
  const tags = text.split(/[\s,]+/).map((tag) => tag.trim()).filter(Boolean);
  return tags.length > 0 ? tags : undefined;
}

function initialRows(actions: MacroActions | undefined): FieldRow[] {
  return Object.entries(actions?.customFields ?? {}).map(([key, value]) => ({ key, value: Array.isArray(value) ? value.join(', ') : String(value ?? '') }));
}

/** A macro's name, description, property changes and text (rich text with placeholders), saved as one request. */
export function MacroForm({ macro, shared, saving, error, onSave, onCancel }: MacroFormProps) {
  const statuses = useStatuses();
  const agents = useAgents();
  const teams = useTeams();
  const fields = useCustomFields();
  const actions = macro?.actions;
  const [name, setName] = useState(macro?.name ?? '');
  const [description, setDescription] = useState(macro?.description ?? '');
  const [status, setStatus] = useState(actions?.status ?? '');
  const [priority, setPriority] = useState(actions?.priority ?? '');
  const [type, setType] = useState(actions?.type ?? '');
  const [assignee, setAssignee] = useState(actions?.assigneeId ?? '');
  const [team, setTeam] = useState(actions?.teamId ?? '');
  const [addTags, setAddTags] = useState((actions?.addTags ?? []).join(', '));
  const [removeTags, setRemoveTags] = useState((actions?.removeTags ?? []).join(', '));
  const [rows, setRows] = useState<FieldRow[]>(() => initialRows(actions));
  const [kind, setKind] = useState<TextKind>(actions?.message?.kind ?? '');
  const [body, setBody] = useState(actions?.message?.body ?? '');
  const ids = { name: useId(), description: useId(), add: useId(), remove: useId(), text: useId() };

  const submit = () => {
    const customFields = Object.fromEntries(rows.filter((row) => row.key).map((row) => [row.key, row.value === '' ? null : row.value]));
    onSave({
      name,
      description: description || undefined,
      shared,
      actions: {
        status: status || undefined,
        priority: (priority || undefined) as MacroActions['priority'],
        type: (type || undefined) as MacroActions['type'],
        assigneeId: assignee || undefined,
        teamId: team || undefined,
        addTags: tagList(addTags),
        removeTags: tagList(removeTags),
        customFields: Object.keys(customFields).length > 0 ? customFields : undefined,
        message: kind && body ? { kind, body } : undefined,
      },
    });
  };

  const unchanged = { value: '', label: 'Leave as it is' };
  return (
    <form
      aria-label={macro ? `Edit macro ${macro.name}` : 'New macro'}
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="flex flex-col gap-1">
          <label htmlFor={ids.name} className="text-xs font-medium text-muted">Name</label>
          <input id={ids.name} required maxLength={100} value={name} onChange={(event) => setName(event.target.value)} className={INPUT} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={ids.description} className="text-xs font-medium text-muted">Description (optional)</label>
          <input id={ids.description} maxLength={500} value={description} onChange={(event) => setDescription(event.target.value)} className={INPUT} />
        </div>
      </div>
      <fieldset className="grid gap-3 rounded-md border border-line p-3 sm:grid-cols-3">
        <legend className="px-1 text-sm font-medium">Property changes</legend>
        <SelectField label="Status" value={status} onChange={setStatus}
          options={[unchanged, ...(statuses.data ?? []).filter((s) => s.category !== 'new').map((s) => ({ value: s.key ?? '', label: s.label ?? s.key ?? '' }))]} />
        <SelectField label="Priority" value={priority} onChange={setPriority}
          options={[unchanged, ...['low', 'normal', 'high', 'urgent'].map((p) => ({ value: p, label: p[0]!.toUpperCase() + p.slice(1) }))]} />
        <SelectField label="Type" value={type} onChange={setType}
          options={[unchanged, ...['question', 'incident', 'problem', 'task'].map((t) => ({ value: t, label: t[0]!.toUpperCase() + t.slice(1) }))]} />
        <SelectField label="Assignee" value={assignee} onChange={setAssignee}
          options={[unchanged, { value: 'current-agent', label: 'Whoever applies the macro' },
            ...(agents.data ?? []).filter((a) => a.active !== false).map((a) => ({ value: a.id ?? '', label: a.name ?? '' }))]} />
        <SelectField label="Team" value={team} onChange={setTeam}
          options={[unchanged, ...(teams.data ?? []).map((t) => ({ value: t.id ?? '', label: t.name ?? '' }))]} />
        <div className="flex flex-col gap-1">
          <label htmlFor={ids.add} className="text-xs font-medium text-muted">Add tags</label>
          <input id={ids.add} value={addTags} placeholder="logs-requested, vip" onChange={(event) => setAddTags(event.target.value)} className={INPUT} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={ids.remove} className="text-xs font-medium text-muted">Remove tags</label>
          <input id={ids.remove} value={removeTags} onChange={(event) => setRemoveTags(event.target.value)} className={INPUT} />
        </div>
        <div className="flex flex-col gap-2 sm:col-span-3">
          {rows.map((row, index) => (
            <div key={index} className="flex flex-wrap items-end gap-2">
              <SelectField label={`Custom field ${index + 1}`} value={row.key}
                onChange={(key) => setRows(rows.map((r, i) => (i === index ? { ...r, key } : r)))}
                options={[{ value: '', label: 'Choose a field' }, ...(fields.data ?? []).filter((f) => f.active !== false).map((f) => ({ value: f.key ?? '', label: f.label ?? f.key ?? '' }))]} />
              <input aria-label={`Value of custom field ${index + 1}`} value={row.value} placeholder="empty clears"
                onChange={(event) => setRows(rows.map((r, i) => (i === index ? { ...r, value: event.target.value } : r)))} className={INPUT} />
              <Button size="sm" variant="ghost" onPress={() => setRows(rows.filter((_, i) => i !== index))}>Remove</Button>
            </div>
          ))}
          <Button size="sm" variant="ghost" className="self-start" onPress={() => setRows([...rows, { key: '', value: '' }])}>+ Set a custom field</Button>
        </div>
      </fieldset>
      <fieldset className="flex flex-col gap-2 rounded-md border border-line p-3">
        <legend className="px-1 text-sm font-medium">Text</legend>
        <SelectField label="Text kind" value={kind} onChange={(value) => setKind(value as TextKind)}
          options={[{ value: '', label: 'No text' }, { value: 'public-reply', label: 'Public reply' }, { value: 'internal-note', label: 'Internal note' }]} />
        {kind && (
          <div className="rounded-md border border-line" id={ids.text}>
            <Suspense fallback={<div role="status" className="min-h-28 px-3 py-2 text-sm text-muted">Loading the editor…</div>}>
              <RichTextEditor
                label={kind === 'internal-note' ? 'Note text' : 'Reply text'}
                placeholder="Hello {{requester.first_name}}, …"
                initialHtml={body}
                onChange={setBody}
                onReady={() => undefined}
              />
            </Suspense>
          </div>
        )}
        <p className="text-xs text-muted">
          Placeholders, filled in when the macro is applied:{' '}
          {PLACEHOLDERS.map((placeholder) => (
            <code key={placeholder} className="mr-1.5 whitespace-nowrap rounded bg-raised px-1">{`{{${placeholder}}}`}</code>
          ))}
          <code className="whitespace-nowrap rounded bg-raised px-1">{'{{ticket.custom_fields.<key>}}'}</code>
        </p>
      </fieldset>
      {Boolean(error) && <ErrorState title="Not saved" error={error} />}
      <div className="flex justify-end gap-2">
        <Button variant="ghost" onPress={onCancel}>Cancel</Button>
        <Button type="submit" variant="primary" isDisabled={saving || name.trim() === ''}>
          {saving ? 'Saving…' : 'Save macro'}
        </Button>
      </div>
    </form>
  );
}
