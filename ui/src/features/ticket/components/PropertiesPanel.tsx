import type { Ref } from 'react';
import type { Schemas } from '@/api/client';
import { ErrorState } from '@/components/ui/ErrorState';
import { humanize, PRIORITIES, TICKET_TYPES } from '@/lib/labels';
import { ApiProblem } from '@/api/problem';
import { type CustomField, fieldDisplay, missingRequiredKeys, missingRequiredProblem, shownFields } from '../api/customFields';
import type { Vocabulary } from '../api/diff';
import type { TicketDetail } from '../api/ticket';
import type { PropertyEditor } from '../hooks/usePropertyEditor';
import { ConflictNotice } from './ConflictNotice';
import { CustomFieldControl } from './CustomFieldControl';
import { TagEditor } from './TagEditor';

export interface PropertiesPanelProps {
  ticket: TicketDetail;
  editor?: PropertyEditor;
  statuses: readonly Schemas['StatusView'][];
  agents: readonly Schemas['AgentView'][];
  teams: readonly Schemas['TeamView'][];
  customFields: readonly CustomField[];
  vocabulary: Vocabulary;
  statusRef?: Ref<HTMLSelectElement>;
}

const SELECT = 'w-full rounded-md border border-line bg-surface px-2 py-1.5 text-sm text-ink focus:outline-none focus-visible:ring-2 focus-visible:ring-accent disabled:opacity-60';

interface ChoiceProps {
  label: string;
  value: string;
  options: { value: string; label: string }[];
  disabled: boolean;
  onChange: (value: string) => void;
  selectRef?: Ref<HTMLSelectElement>;
}

function Choice({ label, value, options, disabled, onChange, selectRef }: ChoiceProps) {
  const id = `prop-${label.toLowerCase()}`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-muted">
        {label}
      </label>
      <select id={id} ref={selectRef} value={value} disabled={disabled} onChange={(event) => onChange(event.target.value)} className={SELECT}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function withCurrent(options: { value: string; label: string }[], value: string, label: string) {
  return value === '' || options.some((option) => option.value === value) ? options : [{ value, label }, ...options];
}

/**
 * Status, priority, type, assignee, team, tags and custom fields, each applied at once with the ticket's version as
 * If-Match. Without an editor (a past state of the ticket) it shows the values only.
 */
export function PropertiesPanel({ ticket, editor, statuses, agents, teams, customFields, vocabulary, statusRef }: PropertiesPanelProps) {
  const values = ticket.customFields ?? {};
  const fields = shownFields(customFields, values);
  if (!editor) {
    const rows: [string, string][] = [
      ['Status', ticket.status?.key ? vocabulary.statusLabel(ticket.status.key) : '—'],
      ['Priority', humanize(ticket.priority)],
      ['Type', humanize(ticket.type)],
      ['Assignee', ticket.assignee?.name ?? (ticket.assignee?.id ? 'An agent' : 'Unassigned')],
      ['Team', ticket.team?.name ?? (ticket.team?.id ? 'A team' : 'No team')],
      ['Tags', ticket.tags && ticket.tags.length > 0 ? ticket.tags.join(', ') : '—'],
      ...fields.map((field): [string, string] => [field.label ?? field.key ?? '', fieldDisplay(field, values[field.key ?? ''] ?? [])]),
    ];
    return (
      <section aria-labelledby="properties-title" className="flex flex-col gap-2">
        <h2 id="properties-title" className="text-sm font-semibold">
          Properties
        </h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1.5 text-sm">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-muted">{label}</dt>
              <dd className="break-words">{value}</dd>
            </div>
          ))}
        </dl>
      </section>
    );
  }

  const disabled = editor.pending || editor.conflict !== null;
  const missing = missingRequiredKeys(editor.error);
  const statusKey = ticket.status?.key ?? '';
  const assigneeId = ticket.assignee?.id ?? '';
  const teamId = ticket.team?.id ?? '';
  const statusOptions = withCurrent(
    statuses.filter((status) => status.category !== 'new' || status.key === statusKey).map((status) => ({ value: status.key ?? '', label: status.label ?? status.key ?? '' })),
    statusKey,
    vocabulary.statusLabel(statusKey),
  );
  const agentOptions = withCurrent(
    [{ value: '', label: 'Unassigned' }, ...agents.filter((agent) => agent.active !== false || agent.id === assigneeId).map((agent) => ({ value: agent.id ?? '', label: agent.name ?? agent.email ?? '' }))],
    assigneeId,
    ticket.assignee?.name ?? assigneeId,
  );
  const teamOptions = withCurrent([{ value: '', label: 'No team' }, ...teams.map((team) => ({ value: team.id ?? '', label: team.name ?? '' }))], teamId, ticket.team?.name ?? teamId);

  return (
    <section aria-labelledby="properties-title" aria-busy={editor.pending} className="flex flex-col gap-3">
      <div className="flex items-center justify-between">
        <h2 id="properties-title" className="text-sm font-semibold">
          Properties
        </h2>
        <span role="status" className="text-xs text-muted">
          {editor.pending ? 'Saving…' : ''}
        </span>
      </div>
      {editor.conflict && (
        <ConflictNotice conflict={editor.conflict} vocabulary={vocabulary} pending={editor.pending} onReapply={() => void editor.reapply()} onKeep={editor.keepTheirs} />
      )}
      {Boolean(editor.error) && (missing.length > 0 && editor.error instanceof ApiProblem
        ? <ErrorState title="Not solved yet" error={missingRequiredProblem(editor.error, missing, customFields)} onRetry={editor.dismissError} />
        : <ErrorState title="Not changed" error={editor.error} onRetry={editor.dismissError} />)}
      <div className="grid grid-cols-2 gap-3">
        <Choice label="Status" value={statusKey} options={statusOptions} disabled={disabled} onChange={(status) => void editor.apply({ status })} selectRef={statusRef} />
        <Choice label="Priority" value={ticket.priority ?? ''} options={PRIORITIES.map((p) => ({ value: p, label: humanize(p) }))} disabled={disabled} onChange={(priority) => void editor.apply({ priority: priority as NonNullable<TicketDetail['priority']> })} />
        <Choice label="Type" value={ticket.type ?? ''} options={TICKET_TYPES.map((t) => ({ value: t, label: humanize(t) }))} disabled={disabled} onChange={(type) => void editor.apply({ type: type as NonNullable<TicketDetail['type']> })} />
        <Choice label="Team" value={teamId} options={teamOptions} disabled={disabled} onChange={(team) => void editor.apply({ teamId: team === '' ? null : team })} />
      </div>
      <Choice label="Assignee" value={assigneeId} options={agentOptions} disabled={disabled} onChange={(agent) => void editor.apply({ assigneeId: agent === '' ? null : agent })} />
      <TagEditor
        tags={ticket.tags ?? []}
        disabled={disabled}
        onAdd={(addTags) => void editor.apply({ addTags })}
        onRemove={(tag) => void editor.apply({ removeTags: [tag] })}
      />
      {fields.length > 0 && (
        <fieldset className="flex flex-col gap-3 border-t border-line pt-3">
          <legend className="sr-only">Custom fields</legend>
          {fields.map((field) => (
            <CustomFieldControl
              key={field.key}
              field={field}
              values={values[field.key ?? ''] ?? []}
              disabled={disabled}
              missing={missing.includes(field.key ?? '')}
              onCommit={(value) => void editor.apply({ customFields: { [field.key ?? '']: value } })}
            />
          ))}
        </fieldset>
      )}
    </section>
  );
}
