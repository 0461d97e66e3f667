import { useId } from 'react';
import { useAgents, useCustomFields, useStatuses, useTeams } from '@/api/directory';
import { Button } from '@/components/ui/Button';
import { SelectField, type SelectOption } from '@/components/ui/SelectField';
import type { RuleAction } from '../api/rules';

export interface ActionsEditorProps {
  actions: RuleAction[];
  onChange: (actions: RuleAction[]) => void;
}

type ActionType = RuleAction['type'];

const TYPES: { value: ActionType; label: string }[] = [
  { value: 'set-status', label: 'Set status' },
  { value: 'set-priority', label: 'Set priority' },
  { value: 'set-type', label: 'Set type' },
  { value: 'set-team', label: 'Set team' },
  { value: 'set-assignee', label: 'Set assignee' },
  { value: 'add-tags', label: 'Add tags' },
  { value: 'remove-tags', label: 'Remove tags' },
  { value: 'set-field', label: 'Set a custom field' },
  { value: 'internal-note', label: 'Add an internal note' },
  { value: 'public-reply', label: 'Send a public reply' },
];

export const PLACEHOLDERS = ['ticket.number', 'ticket.subject', 'ticket.status', 'ticket.priority', 'ticket.type',
  'requester.name', 'requester.first_name'];

const INPUT = 'w-full rounded-md border border-line bg-surface px-2 py-1.5 text-sm text-ink focus:outline-none focus-visible:ring-2 focus-visible:ring-accent';

function words(text: string): string[] {
  return text.split(',').map((v) => v.trim()).filter((v, i, all) => v !== '' || i === all.length - 1);
}

/** What a trigger or automation does, in order: property changes (applied as one change), then notes and replies. */
export function ActionsEditor({ actions, onChange }: ActionsEditorProps) {
  const set = (index: number, action: RuleAction) => onChange(actions.map((a, i) => (i === index ? action : a)));
  return (
    <fieldset className="flex flex-col gap-2 rounded-md border border-line p-3">
      <legend className="px-1 text-sm font-medium">Actions</legend>
      <ol className="flex flex-col gap-3" aria-label="Actions">
        {actions.map((action, index) => (
          <li key={index} className="border-t border-line pt-3 first:border-t-0 first:pt-0">
            <ActionRow label={`Action ${index + 1}`} action={action} onChange={(changed) => set(index, changed)}
              onRemove={() => onChange(actions.filter((_, i) => i !== index))} />
          </li>
        ))}
      </ol>
      <Button size="sm" variant="ghost" className="self-start"
        onPress={() => onChange([...actions, { type: 'add-tags', values: [] }])}>+ Add an action</Button>
      <p className="text-xs text-muted">
        Notes and replies may use placeholders:{' '}
        {PLACEHOLDERS.map((p) => <code key={p} className="mr-1.5 whitespace-nowrap rounded bg-raised px-1">{`{{${p}}}`}</code>)}
      </p>
    </fieldset>
  );
}

interface ActionRowProps {
  label: string;
  action: RuleAction;
  onChange: (action: RuleAction) => void;
  onRemove: () => void;
}

function ActionRow({ label, action, onChange, onRemove }: ActionRowProps) {
  const statuses = useStatuses();
  const teams = useTeams();
  const agents = useAgents();
  const fields = useCustomFields();
  const inputId = useId();
  const none = { value: 'none', label: 'None (clear)' };
  const choose = { value: '', label: 'Choose…' };
  const choices: Partial<Record<ActionType, SelectOption[]>> = {
    'set-status': [choose, ...(statuses.data ?? []).filter((s) => s.category !== 'new').map((s) => ({ value: s.key ?? '', label: s.label ?? s.key ?? '' }))],
    'set-priority': [choose, ...['low', 'normal', 'high', 'urgent'].map((p) => ({ value: p, label: p }))],
    'set-type': [choose, ...['question', 'incident', 'problem', 'task'].map((t) => ({ value: t, label: t }))],
    'set-team': [choose, none, ...(teams.data ?? []).map((t) => ({ value: t.id ?? '', label: t.name ?? '' }))],
    'set-assignee': [choose, none, ...(agents.data ?? []).filter((a) => a.active !== false).map((a) => ({ value: a.id ?? '', label: a.name ?? '' }))],
  };
  const options = choices[action.type];
  return (
    <div role="group" aria-label={label} className="flex flex-wrap items-end gap-2">
      <SelectField label="Do" value={action.type} options={TYPES}
        onChange={(type) => onChange({ type: type as ActionType, ...(type === 'add-tags' || type === 'remove-tags' ? { values: [] } : {}) })} />
      {options && (
        <SelectField label="Value" value={action.value ?? ''} options={options} onChange={(value) => onChange({ ...action, value })} />
      )}
      {action.type === 'set-field' && (
        <SelectField label="Field" value={action.field ?? ''}
          options={[choose, ...(fields.data ?? []).filter((f) => f.active !== false).map((f) => ({ value: f.key ?? '', label: f.label ?? f.key ?? '' }))]}
          onChange={(field) => onChange({ ...action, field })} />
      )}
      {(action.type === 'add-tags' || action.type === 'remove-tags' || action.type === 'set-field') && (
        <div className="flex min-w-40 flex-1 flex-col gap-1">
          <label htmlFor={inputId} className="text-xs font-medium text-muted">{action.type === 'set-field' ? 'Values (none clears)' : 'Tags'}</label>
          <input id={inputId} className={INPUT} value={(action.values ?? []).join(', ')}
            onChange={(event) => onChange({ ...action, values: words(event.target.value) })} />
        </div>
      )}
      {(action.type === 'internal-note' || action.type === 'public-reply') && (
        <div className="flex w-full flex-col gap-1">
          <label htmlFor={inputId} className="text-xs font-medium text-muted">{action.type === 'public-reply' ? 'Reply text' : 'Note text'}</label>
          <textarea id={inputId} rows={3} className={INPUT} value={action.body ?? ''}
            placeholder="Hello {{requester.first_name}}, …" onChange={(event) => onChange({ ...action, body: event.target.value })} />
        </div>
      )}
      <Button size="sm" variant="ghost" onPress={onRemove} aria-label={`Remove ${label.toLowerCase()}`}>Remove</Button>
    </div>
  );
}
