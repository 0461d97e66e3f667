import { useId, useMemo, useState, type FormEvent } from 'react';
import type { Schemas } from '@/api/client';
import { useAgents, useStatuses, useTeams } from '@/api/directory';
import { ConditionsEditor } from '@/components/conditions/ConditionsEditor';
import { cleanConditions, fieldsFor, type Conditions } from '@/components/conditions/conditionFields';
import { Button } from '@/components/ui/Button';
import { CheckboxField } from '@/components/ui/CheckboxField';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { FormProblem } from '@/components/ui/FormProblem';
import type { SelectOption } from '@/components/ui/SelectField';
import { Spinner } from '@/components/ui/Spinner';
import { TextInput } from '@/components/ui/TextInput';
import { humanize } from '@/lib/labels';
import { SLA_METRICS, formatMinutes, slaMetricName } from '@/lib/sla';
import { useCalendars } from '../api/calendars';
import { useOrganisations } from '../api/directory';
import {
  type SlaPolicy, type SlaPolicyRequest, useCreateSlaPolicy, useDeleteSlaPolicy, useReorderSlaPolicies,
  useReplaceSlaPolicy, useSlaPolicies,
} from '../api/sla';
import { ConsolePage, Panel } from './ConsolePage';

const PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const;
const CLOCK_STATUSES = ['new', 'open', 'pending', 'on-hold'] as const;
/** Zendesk's definitions: the statuses each metric's clock runs in unless a policy says otherwise. */
const DEFAULT_CLOCKS: Record<string, string[]> = {
  'first-reply-time': ['new', 'open', 'pending', 'on-hold'],
  'next-reply-time': ['new', 'open', 'pending', 'on-hold'],
  'periodic-update': ['new', 'open', 'pending', 'on-hold'],
  'pausable-update': ['new', 'open', 'on-hold'],
  'requester-wait-time': ['new', 'open', 'on-hold'],
  'agent-work-time': ['new', 'open'],
  'total-resolution-time': ['new', 'open', 'pending', 'on-hold'],
};

/** The form's state: minutes as text per metric and priority, business hours and running statuses per metric. */
interface Draft {
  name: string;
  active: boolean;
  warningPercent: string;
  notesFulfilReplies: boolean;
  calendarId: string;
  conditions: Conditions;
  minutes: Record<string, string>;
  businessHours: Record<string, boolean>;
  clocks: Record<string, string[]>;
}

const EMPTY: Draft = {
  name: '', active: true, warningPercent: '75', notesFulfilReplies: false, calendarId: '',
  conditions: { all: [], any: [] }, minutes: {}, businessHours: {}, clocks: {},
};

const cell = (metric: string, priority: string) => `${metric}/${priority}`;

/** Conditions as the API answers them (lists and values may be absent). */
function fromApi(conditions: Schemas['Conditions']): Conditions {
  const list = (items?: Schemas['Conditions']['all']) => (items ?? [])
    .map((c) => ({ field: c.field ?? '', operator: c.operator ?? '', values: c.values ?? [] }));
  return { all: list(conditions.all), any: list(conditions.any) };
}

function draftOf(policy: SlaPolicy): Draft {
  const minutes: Record<string, string> = {};
  const businessHours: Record<string, boolean> = {};
  for (const target of policy.targets ?? []) {
    minutes[cell(target.metric ?? '', target.priority ?? '')] = String(target.minutes ?? '');
    businessHours[target.metric ?? ''] = target.businessHours ?? true;
  }
  return {
    name: policy.name ?? '', active: policy.active ?? true, warningPercent: String(policy.warningPercent ?? 75),
    notesFulfilReplies: policy.notesFulfilReplies ?? false, calendarId: policy.calendarId ?? '',
    conditions: fromApi(policy.conditions ?? {}), minutes, businessHours,
    clocks: { ...(policy.clocks ?? {}) },
  };
}

function requestOf(draft: Draft): SlaPolicyRequest {
  const targets = SLA_METRICS.flatMap((metric) => PRIORITIES.flatMap((priority) => {
    const text = draft.minutes[cell(metric, priority)]?.trim();
    return text ? [{ priority, metric, minutes: Number(text), businessHours: draft.businessHours[metric] ?? true }] : [];
  }));
  return {
    name: draft.name, active: draft.active, warningPercent: Number(draft.warningPercent),
    notesFulfilReplies: draft.notesFulfilReplies, calendarId: draft.calendarId.trim() || undefined,
    conditions: cleanConditions(draft.conditions), targets, clocks: draft.clocks,
  };
}

function TargetsTable({ draft, onChange }: { draft: Draft; onChange: (draft: Draft) => void }) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Targets per priority">
      <table className="min-w-[48rem] text-sm">
        <caption className="sr-only">Targets in minutes per metric and priority; blank: no target</caption>
        <thead>
          <tr className="text-left text-xs text-muted">
            <th scope="col" className="py-1 pr-2">Metric</th>
            {PRIORITIES.map((priority) => <th key={priority} scope="col" className="px-1">{humanize(priority)} (min)</th>)}
            <th scope="col" className="px-1">Business hours</th>
            <th scope="col" className="px-1">Runs in</th>
          </tr>
        </thead>
        <tbody>
          {SLA_METRICS.map((metric) => {
            const runsIn = draft.clocks[metric] ?? DEFAULT_CLOCKS[metric] ?? [];
            return (
              <tr key={metric} className="border-t border-line">
                <th scope="row" className="py-1 pr-2 text-left font-medium">{slaMetricName(metric)}</th>
                {PRIORITIES.map((priority) => (
                  <td key={priority} className="px-1 py-1">
                    <input type="number" min={1} inputMode="numeric" aria-label={`${slaMetricName(metric)}, ${priority}, minutes`}
                      value={draft.minutes[cell(metric, priority)] ?? ''}
                      onChange={(event) => onChange({ ...draft, minutes: { ...draft.minutes, [cell(metric, priority)]: event.target.value } })}
                      className="w-20 rounded-md border border-line bg-surface px-2 py-1 text-ink focus:outline-none focus-visible:ring-2 focus-visible:ring-accent" />
                  </td>
                ))}
                <td className="px-1 py-1">
                  <input type="checkbox" aria-label={`${slaMetricName(metric)} in business hours`}
                    checked={draft.businessHours[metric] ?? true}
                    onChange={(event) => onChange({ ...draft, businessHours: { ...draft.businessHours, [metric]: event.target.checked } })} />
                </td>
                <td className="px-1 py-1">
                  <div className="flex gap-2">
                    {CLOCK_STATUSES.map((status) => (
                      <label key={status} className="flex items-center gap-1 text-xs">
                        <input type="checkbox" checked={runsIn.includes(status)} aria-label={`${slaMetricName(metric)} runs while ${status}`}
                          onChange={(event) => {
                            const next = event.target.checked ? [...runsIn, status] : runsIn.filter((s) => s !== status);
                            onChange({ ...draft, clocks: { ...draft.clocks, [metric]: CLOCK_STATUSES.filter((s) => next.includes(s)) } });
                          }} />
                        <span aria-hidden>{humanize(status)}</span>
                      </label>
                    ))}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** What the form offers to choose from: the directory for conditions, and the business-hours calendars. */
function useChoices() {
  const teams = useTeams();
  const agents = useAgents();
  const organisations = useOrganisations();
  const statuses = useStatuses();
  const calendars = useCalendars();
  return useMemo(() => ({
    conditions: {
      team: (teams.data ?? []).map((t) => ({ value: t.id ?? '', label: t.name ?? '' })),
      assignee: (agents.data ?? []).filter((a) => a.active !== false).map((a) => ({ value: a.id ?? '', label: a.name ?? '' })),
      organisation: (organisations.data ?? []).map((o) => ({ value: o.id ?? '', label: o.name ?? '' })),
      status: (statuses.data ?? []).map((s) => ({ value: s.key ?? '', label: s.label ?? s.key ?? '' })),
    },
    calendars: (calendars.data ?? []).map((c): SelectOption => ({ value: c.id ?? '', label: `${c.name ?? ''} (${c.timeZone ?? ''})` })),
  }), [teams.data, agents.data, organisations.data, statuses.data, calendars.data]);
}

/** The policy's business-hours calendar: wider than a SelectField, so calendar names and time zones show whole. */
function CalendarSelect({ value, options, onChange }: { value: string; options: SelectOption[]; onChange: (value: string) => void }) {
  const id = useId();
  return (
    <div className="flex w-full flex-col gap-1 sm:w-72">
      <label htmlFor={id} className="text-xs font-medium text-muted">Business-hours calendar</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}
        className="rounded-md border border-line bg-surface px-2 py-1.5 text-sm text-ink focus:outline-none focus-visible:ring-2 focus-visible:ring-accent">
        <option value="">The helpdesk&apos;s default hours</option>
        {options.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
      </select>
    </div>
  );
}

function PolicyForm({ policy, onDone }: { policy?: SlaPolicy; onDone: () => void }) {
  const [draft, setDraft] = useState<Draft>(() => (policy ? draftOf(policy) : EMPTY));
  const choices = useChoices();
  // A calendar the list does not (yet) hold still shows as what the policy keeps.
  const calendars = draft.calendarId && !choices.calendars.some((c) => c.value === draft.calendarId)
    ? [...choices.calendars, { value: draft.calendarId, label: `Calendar ${draft.calendarId}` }] : choices.calendars;
  const create = useCreateSlaPolicy();
  const replace = useReplaceSlaPolicy();
  const mutation = policy ? replace : create;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = requestOf(draft);
    const options = { onSuccess: () => { setDraft(EMPTY); onDone(); } };
    if (policy?.id) replace.mutate({ id: policy.id, body }, options);
    else create.mutate(body, options);
  };
  const label = policy ? `policy ${policy.name ?? ''}` : 'the new policy';
  return (
    <form onSubmit={submit} className="flex flex-col gap-4" aria-label={policy ? `Edit ${policy.name ?? ''}` : 'New SLA policy'}>
      <div className="flex flex-wrap items-start gap-3">
        <TextInput label="Name" value={draft.name} onChange={(name) => setDraft({ ...draft, name })} className="min-w-56 flex-1" />
        <TextInput label="Warning at (%)" type="number" value={draft.warningPercent}
          onChange={(warningPercent) => setDraft({ ...draft, warningPercent })} className="w-32" />
        <CalendarSelect value={draft.calendarId} options={calendars} onChange={(calendarId) => setDraft({ ...draft, calendarId })} />
      </div>
      <div className="flex flex-wrap gap-6">
        <CheckboxField label="Active" isSelected={draft.active} onChange={(active) => setDraft({ ...draft, active })} />
        <CheckboxField label="An internal note fulfils reply targets" isSelected={draft.notesFulfilReplies}
          onChange={(notesFulfilReplies) => setDraft({ ...draft, notesFulfilReplies })} />
      </div>
      <ConditionsEditor label={label} value={draft.conditions} onChange={(conditions) => setDraft({ ...draft, conditions })}
        fields={fieldsFor('sla')} choices={choices.conditions} />
      <TargetsTable draft={draft} onChange={setDraft} />
      <FormProblem error={mutation.error} shownFields={[]} shownCodes={[]} />
      <div className="flex gap-2">
        <Button type="submit" variant="primary" isDisabled={mutation.isPending}>{policy ? 'Save as a new version' : 'Create policy'}</Button>
        {policy && <Button onPress={onDone}>Cancel</Button>}
      </div>
    </form>
  );
}

function summary(policy: SlaPolicy): string {
  const targets = policy.targets ?? [];
  const first = targets.slice(0, 3).map((t) => `${slaMetricName(t.metric)} ${t.priority} ${formatMinutes(t.minutes ?? 0)}`);
  return `${first.join(', ')}${targets.length > 3 ? ` and ${targets.length - 3} more` : ''}`;
}

function PolicyItem({ policy, index, ids }: { policy: SlaPolicy; index: number; ids: string[] }) {
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const reorder = useReorderSlaPolicies();
  const remove = useDeleteSlaPolicy();
  const move = (by: number) => {
    const next = [...ids];
    const [id] = next.splice(index, 1);
    next.splice(index + by, 0, id ?? '');
    reorder.mutate(next);
  };
  const conditions = (policy.conditions?.all?.length ?? 0) + (policy.conditions?.any?.length ?? 0);
  return (
    <li className="flex flex-col gap-2 px-3 py-3">
      <div className="flex flex-wrap items-center gap-2">
        <span className="tabular-nums text-muted">{index + 1}.</span>
        <span className="font-medium">{policy.name}</span>
        <span className="rounded bg-raised px-1.5 text-xs">v{policy.version}</span>
        {!policy.active && <span className="rounded bg-note px-1.5 text-xs text-note-ink">Inactive</span>}
        <span className="text-xs text-muted">{conditions === 0 ? 'Every ticket' : `${conditions} condition${conditions === 1 ? '' : 's'}`}</span>
        <div className="ml-auto flex flex-wrap gap-1">
          <Button size="sm" onPress={() => move(-1)} isDisabled={index === 0 || reorder.isPending} aria-label={`Move ${policy.name ?? ''} up`}>Up</Button>
          <Button size="sm" onPress={() => move(1)} isDisabled={index === ids.length - 1 || reorder.isPending} aria-label={`Move ${policy.name ?? ''} down`}>Down</Button>
          <Button size="sm" onPress={() => setEditing((value) => !value)} aria-label={`Edit ${policy.name ?? ''}`}>Edit</Button>
          {confirming ? (
            <>
              <Button size="sm" variant="danger" onPress={() => policy.id && remove.mutate(policy.id)} aria-label={`Really delete ${policy.name ?? ''}`}>Delete</Button>
              <Button size="sm" onPress={() => setConfirming(false)}>Keep</Button>
            </>
          ) : (
            <Button size="sm" variant="ghost" onPress={() => setConfirming(true)} aria-label={`Delete ${policy.name ?? ''}`}>Delete</Button>
          )}
        </div>
      </div>
      <p className="text-xs text-muted">{summary(policy)}</p>
      <FormProblem error={reorder.error ?? remove.error} shownFields={[]} shownCodes={[]} />
      {editing && <PolicyForm policy={policy} onDone={() => setEditing(false)} />}
    </li>
  );
}

/**
 * SLA policies: tried in order, the first active one whose conditions match measures a ticket with its targets for
 * the ticket's priority. Every save is a new version; tickets keep the version they were measured against.
 */
export function SlaPoliciesScreen() {
  const policies = useSlaPolicies();
  const ids = (policies.data ?? []).map((policy) => policy.id ?? '');
  return (
    <ConsolePage title="SLA policies"
      description="Tried in order: the first active policy whose conditions a ticket meets measures it. Targets are minutes per priority; clocks pause in the statuses they do not run in.">
      {policies.isPending ? <Spinner label="Loading SLA policies…" />
        : policies.isError ? <ErrorState error={policies.error} onRetry={() => void policies.refetch()} />
        : policies.data.length === 0 ? <EmptyState title="No SLA policies yet">Create the first one below.</EmptyState>
        : (
          <ol className="divide-y divide-line rounded-lg border border-line bg-surface" aria-label="SLA policies">
            {policies.data.map((policy, index) => <PolicyItem key={policy.id} policy={policy} index={index} ids={ids} />)}
          </ol>
        )}
      <Panel title="New SLA policy">
        <PolicyForm onDone={() => undefined} />
      </Panel>
    </ConsolePage>
  );
}
