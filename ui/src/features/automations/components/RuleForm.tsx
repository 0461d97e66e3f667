import { useId, useState } from 'react';
import { ConditionsEditor } from '@/components/conditions/ConditionsEditor';
import type { Schemas } from '@/api/client';
import { cleanConditions, fieldsFor, type Conditions } from '@/components/conditions/conditionFields';

type ApiConditions = Schemas['Conditions'];
import { Button } from '@/components/ui/Button';
import { CheckboxField } from '@/components/ui/CheckboxField';
import { FormProblem } from '@/components/ui/FormProblem';
import type { Rule, RuleAction, RuleKind, RuleRequest } from '../api/rules';
import { ActionsEditor } from './ActionsEditor';

export interface RuleFormProps {
  kind: RuleKind;
  rule?: Rule;
  saving: boolean;
  error: unknown;
  onSave: (request: RuleRequest) => void;
  onCancel: () => void;
}

const INPUT = 'rounded-md border border-line bg-surface px-2 py-1.5 text-sm text-ink focus:outline-none focus-visible:ring-2 focus-visible:ring-accent';

function cleanedAction(action: RuleAction): RuleAction {
  return action.values ? { ...action, values: action.values.filter((v) => v !== '') } : action;
}

/** Conditions as the API answers them (lists and values may be absent). */
function fromApi(conditions: ApiConditions): Conditions {
  const list = (items?: ApiConditions['all']) => (items ?? [])
    .map((c) => ({ field: c.field ?? '', operator: c.operator ?? '', values: c.values ?? [] }));
  return { all: list(conditions.all), any: list(conditions.any) };
}

/** A trigger's or automation's name, description, enabled flag, conditions and actions, saved as a new version. */
export function RuleForm({ kind, rule, saving, error, onSave, onCancel }: RuleFormProps) {
  const noun = kind === 'triggers' ? 'trigger' : 'automation';
  const [name, setName] = useState(rule?.name ?? '');
  const [description, setDescription] = useState(rule?.description ?? '');
  const [enabled, setEnabled] = useState(rule?.enabled ?? true);
  const [conditions, setConditions] = useState<Conditions>(rule?.conditions ? fromApi(rule.conditions) : (kind === 'automations'
    ? { all: [{ field: 'hours-since-status-changed', operator: 'greater-than', values: ['96'] }], any: [] }
    : { all: [{ field: 'update', operator: 'is', values: ['created'] }], any: [] }));
  const [actions, setActions] = useState<RuleAction[]>(rule?.actions ?? [{ type: 'add-tags', values: [] }]);
  const ids = { name: useId(), description: useId() };
  return (
    <form
      aria-label={rule ? `Edit ${noun} ${rule.name}` : `New ${noun}`}
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        onSave({ name, description: description || undefined, enabled, conditions: cleanConditions(conditions),
          actions: actions.map(cleanedAction), version: rule?.version });
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
      <CheckboxField label="Enabled" isSelected={enabled} onChange={setEnabled} />
      <p className="text-xs text-muted">
        {kind === 'triggers'
          ? 'A trigger reacts to each change of a ticket when all its conditions hold (and one of “any”, if given); it acts at most once per ticket for one person’s change and what follows from it.'
          : 'An automation runs every few minutes over tickets whose times qualify. It needs an “hours since …” greater-than condition in “all”, and acts on a ticket once while the ticket keeps its status.'}
      </p>
      <ConditionsEditor label={name || `new ${noun}`} value={conditions} onChange={setConditions} fields={fieldsFor(kind)} />
      <ActionsEditor actions={actions} onChange={setActions} />
      <FormProblem error={error} />
      <div className="flex justify-end gap-2">
        <Button variant="ghost" onPress={onCancel}>Cancel</Button>
        <Button type="submit" variant="primary" isDisabled={saving || name.trim() === ''}>
          {saving ? 'Saving…' : `Save ${noun}`}
        </Button>
      </div>
    </form>
  );
}
