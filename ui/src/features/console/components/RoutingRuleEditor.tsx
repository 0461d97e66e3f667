import { useState, type FormEvent } from 'react';
import { ConditionsEditor } from '@/components/conditions/ConditionsEditor';
import { cleanConditions, type Conditions } from '@/components/conditions/conditionFields';
import { Button } from '@/components/ui/Button';
import { CheckboxField } from '@/components/ui/CheckboxField';
import { FormProblem, fieldError } from '@/components/ui/FormProblem';
import { SelectField, type SelectOption } from '@/components/ui/SelectField';
import { TextInput } from '@/components/ui/TextInput';
import type { RoutingActions, RuleDraft } from '../api/routing';
import { Panel } from './ConsolePage';

/** Routing conditions: every field but the time-based ones (routing runs when a ticket changes, not as time passes). */
export const ROUTING_FIELDS = ['subject', 'description', 'text', 'channel', 'priority', 'type', 'status', 'status-category',
  'organisation', 'requester', 'team', 'assignee', 'tags', 'field:'];

export interface RoutingRuleEditorProps {
  title: string;
  initial: RuleDraft;
  choices: { teams: SelectOption[]; agents: SelectOption[]; organisations: SelectOption[]; statuses: SelectOption[] };
  isSaving: boolean;
  error: unknown;
  onSave: (draft: RuleDraft) => void;
  onTry: (draft: RuleDraft) => void;
  onCancel: () => void;
}

/** A rule's name, whether it is on, its conditions (the shared conditions editor) and its actions. */
export function RoutingRuleEditor({ title, initial, choices, isSaving, error, onSave, onTry, onCancel }: RoutingRuleEditorProps) {
  const [name, setName] = useState(initial.name);
  const [enabled, setEnabled] = useState(initial.enabled ?? true);
  const [conditions, setConditions] = useState<Conditions>({
    all: initial.conditions?.all?.map((c) => ({ field: c.field ?? '', operator: c.operator ?? '', values: c.values ?? [] })) ?? [],
    any: initial.conditions?.any?.map((c) => ({ field: c.field ?? '', operator: c.operator ?? '', values: c.values ?? [] })) ?? [],
  });
  const actions = initial.actions ?? {};
  const [team, setTeam] = useState(actions.teamId ?? '');
  const [priority, setPriority] = useState(actions.priority ?? '');
  const [type, setType] = useState(actions.type ?? '');
  const [tags, setTags] = useState((actions.addTags ?? []).join(', '));
  const [skills, setSkills] = useState((actions.requireSkills ?? []).map((s) => `${s.skill}:${s.level}`).join(', '));
  const [assignee, setAssignee] = useState(actions.assigneeId ?? '');
  const draft = (): RuleDraft => ({
    name, enabled, conditions: cleanConditions(conditions), actions: actionsOf(team, priority, type, tags, skills, assignee),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave(draft());
  };
  return (
    <Panel title={title}>
      <form onSubmit={submit} className="flex flex-col gap-4">
        <div className="flex flex-wrap items-end gap-4">
          <TextInput label="Rule name" value={name} onChange={setName} className="min-w-56 flex-1"
            error={fieldError(error, 'name')} />
          <CheckboxField label="Enabled" isSelected={enabled} onChange={setEnabled} />
        </div>
        <section aria-label="Conditions" className="flex flex-col gap-2">
          <h3 className="text-sm font-semibold">When a ticket matches</h3>
          <ConditionsEditor label={name || 'new rule'} value={conditions} onChange={setConditions} fields={ROUTING_FIELDS}
            choices={{ team: choices.teams, assignee: choices.agents, organisation: choices.organisations, status: choices.statuses }} />
        </section>
        <section aria-label="Actions" className="flex flex-col gap-2">
          <h3 className="text-sm font-semibold">Then</h3>
          <div className="flex flex-wrap items-end gap-3">
            <SelectField label="Set team" value={team} onChange={setTeam} options={choices.teams} placeholder="Leave as it is" />
            <SelectField label="Set priority" value={priority} onChange={setPriority} placeholder="Leave as it is"
              options={['low', 'normal', 'high', 'urgent'].map((p) => ({ value: p, label: p }))} />
            <SelectField label="Set type" value={type} onChange={setType} placeholder="Leave as it is"
              options={['question', 'incident', 'problem', 'task'].map((t) => ({ value: t, label: t }))} />
            <SelectField label="Assign to" value={assignee} onChange={setAssignee} options={choices.agents} placeholder="Nobody in particular" />
          </div>
          <div className="flex flex-wrap items-start gap-3">
            <TextInput label="Add tags" value={tags} onChange={setTags} hint="Separate tags with commas" className="min-w-48 flex-1" />
            <TextInput label="Require skills" value={skills} onChange={setSkills} className="min-w-48 flex-1"
              hint="skill:level (1-3), e.g. billing:2, french:1" />
          </div>
        </section>
        <FormProblem error={error} shownFields={['name']} />
        <div className="flex flex-wrap gap-2">
          <Button type="submit" variant="primary" isDisabled={isSaving}>Save rule</Button>
          <Button onPress={() => onTry(draft())}>Try in dry run</Button>
          <Button variant="ghost" onPress={onCancel}>Cancel</Button>
        </div>
      </form>
    </Panel>
  );
}

function actionsOf(team: string, priority: string, type: string, tags: string, skills: string, assignee: string): RoutingActions {
  const list = (text: string) => text.split(',').map((t) => t.trim()).filter(Boolean);
  const required = list(skills).map((entry) => {
    const [skill = '', level = '1'] = entry.split(':').map((part) => part.trim());
    return { skill, level: Number(level) || 0 };
  });
  return {
    teamId: team || undefined,
    priority: (priority || undefined) as RoutingActions['priority'],
    type: (type || undefined) as RoutingActions['type'],
    addTags: list(tags).length > 0 ? list(tags) : undefined,
    requireSkills: required.length > 0 ? required : undefined,
    assigneeId: assignee || undefined,
  };
}
