import { useState } from 'react';
import { useAgents, useCustomFields, useMe, useStatuses, useTeams } from '@/api/directory';
import type { Schemas } from '@/api/client';
import type { Priority, TicketType } from '@/api/keys';
import { messageOf } from '@/api/problem';
import { Button } from '@/components/ui/Button';
import { SelectField } from '@/components/ui/SelectField';
import { PRIORITIES, TICKET_TYPES, humanize } from '@/lib/labels';
import type { TicketChanges, TicketDetail } from '../api/ticket';
import type { PropertyChange } from '../hooks/usePropertyChange';
import { ConflictDialog } from './ConflictDialog';
import { CustomFieldInput } from './CustomFieldInput';

export interface PropertiesPanelProps {
  ticket: TicketDetail;
  readOnly?: boolean;
  /** The ticket's conditional changes, shared with the ticket's shortcuts. */
  change: PropertyChange;
}

type Field = Schemas['CustomFieldView'];

/** Status, priority, type, assignee, team, tags and custom fields; each change applies at once, conditionally. */
export function PropertiesPanel({ ticket, readOnly = false, change }: PropertiesPanelProps) {
  const statuses = useStatuses();
  const agents = useAgents();
  const teams = useTeams();
  const fields = useCustomFields();
  const me = useMe();
  const [tag, setTag] = useState('');
  const disabled = readOnly || change.pending;
  const set = (changes: TicketChanges) => change.apply(changes);
  // Unassigning sends an explicit null, which the API documents; the generated type only knows strings.
  const orNull = (value: string) => (value === '' ? (null as unknown as string) : value);

  return (
    <section aria-label="Properties" className="flex flex-col gap-3">
      <h2 className="text-sm font-semibold">Properties</h2>
      <SelectField label="Status" value={ticket.status?.key ?? ''} disabled={disabled} onChange={(status) => set({ status })}
        options={(statuses.data ?? []).map((s) => ({ value: s.key ?? '', label: s.label ?? humanize(s.key) }))} />
      <SelectField label="Priority" value={ticket.priority ?? ''} disabled={disabled} onChange={(priority) => set({ priority: priority as Priority })}
        options={PRIORITIES.map((p) => ({ value: p, label: humanize(p) }))} />
      <SelectField label="Type" value={ticket.type ?? ''} disabled={disabled} placeholder="—" onChange={(type) => set({ type: type as TicketType })}
        options={TICKET_TYPES.map((t) => ({ value: t, label: humanize(t) }))} />
      <div className="flex items-end gap-2">
        <div className="flex-1">
          <SelectField label="Assignee" value={ticket.assignee?.id ?? ''} disabled={disabled} placeholder="Unassigned"
            onChange={(assigneeId) => set({ assigneeId: orNull(assigneeId) })}
            options={(agents.data ?? []).filter((a) => a.active !== false).map((a) => ({ value: a.id ?? '', label: a.name ?? '' }))} />
        </div>
        {!readOnly && me.data?.id && ticket.assignee?.id !== me.data.id && (
          <Button size="sm" isDisabled={disabled} onPress={() => set({ assigneeId: me.data.id })}>Take it</Button>
        )}
      </div>
      <SelectField label="Team" value={ticket.team?.id ?? ''} disabled={disabled} placeholder="No team"
        onChange={(teamId) => set({ teamId: orNull(teamId) })}
        options={(teams.data ?? []).map((t) => ({ value: t.id ?? '', label: t.name ?? '' }))} />
      <fieldset className="flex flex-col gap-1">
        <legend className="text-xs font-medium text-muted">Tags</legend>
        <ul className="flex flex-wrap gap-1" aria-label="Tags">
          {(ticket.tags ?? []).map((name) => (
            <li key={name} className="flex items-center gap-1 rounded bg-raised px-1.5 py-0.5 text-xs">
              {name}
              {!readOnly && (
                <button type="button" aria-label={`Remove tag ${name}`} disabled={disabled} onClick={() => set({ removeTags: [name] })}
                  className="text-muted hover:text-danger">×</button>
              )}
            </li>
          ))}
        </ul>
        {!readOnly && (
          <form className="flex gap-1" onSubmit={(event) => {
            event.preventDefault();
            if (tag.trim()) {
              set({ addTags: [tag.trim()] });
              setTag('');
            }
          }}>
            <input aria-label="New tag" value={tag} onChange={(event) => setTag(event.target.value)} disabled={disabled}
              className="min-w-0 flex-1 rounded-md border border-line bg-surface px-2 py-1 text-sm" placeholder="Add a tag" />
            <Button size="sm" type="submit" isDisabled={disabled || !tag.trim()}>Add</Button>
          </form>
        )}
      </fieldset>
      {(fields.data ?? []).filter((f: Field) => f.active !== false).map((field) => (
        <CustomFieldInput key={field.key} field={field} value={ticket.customFields?.[field.key ?? ''] ?? []} disabled={disabled}
          onChange={(value) => set({ customFields: { [field.key ?? '']: value } })} />
      ))}
      {change.error && <p role="alert" className="text-xs text-danger">{messageOf(change.error)}</p>}
      <ConflictDialog isOpen={change.conflict !== null} meanwhile={change.conflict?.meanwhile ?? []} busy={change.pending}
        onReapply={change.reapply} onKeepTheirs={change.keepTheirs} />
    </section>
  );
}
