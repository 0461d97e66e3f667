import { useState, type FormEvent } from 'react';
import { useSkills } from '@/api/directory';
import { Button } from '@/components/ui/Button';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { FormProblem, fieldError } from '@/components/ui/FormProblem';
import { Spinner } from '@/components/ui/Spinner';
import { TextInput } from '@/components/ui/TextInput';
import { useCreateSkill, useRelabelSkill, type Skill } from '../api/directory';
import { ConsolePage, Panel } from './ConsolePage';

const KEY_CODES = ['duplicate-definition'];

/** The skills catalog: what tickets may require and agents have at a level (set on the Agents screen). */
export function SkillsScreen() {
  const skills = useSkills();
  const create = useCreateSkill();
  const [key, setKey] = useState('');
  const [label, setLabel] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ key, label }, { onSuccess: () => { setKey(''); setLabel(''); } });
  };
  return (
    <ConsolePage title="Skills"
      description="What a ticket may require (routing rules set it) and agents have at a level from 1 (basic) to 3 (expert). Teams assigning by the balanced method give a ticket only to members with its skills at the required level.">
      <Panel title="Define a skill">
        <form onSubmit={submit} className="flex flex-wrap items-start gap-3">
          <TextInput label="Key" value={key} onChange={setKey} hint="lower-case letters, digits and '-', e.g. billing"
            error={fieldError(create.error, 'key', KEY_CODES)} className="min-w-40 flex-1" />
          <TextInput label="Label" value={label} onChange={setLabel} error={fieldError(create.error, 'label')} className="min-w-56 flex-1" />
          <Button type="submit" variant="primary" className="mt-5" isDisabled={create.isPending}>Define skill</Button>
          <div className="basis-full empty:hidden"><FormProblem error={create.error} shownFields={['key', 'label']} shownCodes={KEY_CODES} /></div>
        </form>
      </Panel>
      {skills.isPending ? <Spinner label="Loading skills…" />
        : skills.isError ? <ErrorState error={skills.error} onRetry={() => void skills.refetch()} />
        : skills.data.length === 0 ? <EmptyState title="No skills yet">Define the first one above.</EmptyState>
        : (
          <ul className="divide-y divide-line rounded-lg border border-line bg-surface" aria-label="Skills">
            {skills.data.map((skill) => <SkillItem key={skill.key} skill={skill} />)}
          </ul>
        )}
    </ConsolePage>
  );
}

function SkillItem({ skill }: { skill: Skill }) {
  const relabel = useRelabelSkill();
  const [editing, setEditing] = useState(false);
  const [label, setLabel] = useState(skill.label ?? '');
  return (
    <li className="px-3 py-2">
      {editing ? (
        <form className="flex flex-wrap items-start gap-3" onSubmit={(event) => {
          event.preventDefault();
          relabel.mutate({ key: skill.key ?? '', label }, { onSuccess: () => setEditing(false) });
        }}>
          <TextInput label={`New label for ${skill.key ?? ''}`} value={label} onChange={setLabel}
            error={fieldError(relabel.error, 'label')} className="min-w-56 flex-1" />
          <Button type="submit" variant="primary" className="mt-5" isDisabled={relabel.isPending}>Save</Button>
          <Button className="mt-5" onPress={() => { setEditing(false); setLabel(skill.label ?? ''); relabel.reset(); }}>Cancel</Button>
          <div className="basis-full empty:hidden"><FormProblem error={relabel.error} shownFields={['label']} /></div>
        </form>
      ) : (
        <div className="flex items-center justify-between gap-3">
          <span className="text-sm"><span className="font-medium">{skill.label}</span> <code className="text-xs text-muted">{skill.key}</code></span>
          <Button size="sm" onPress={() => setEditing(true)} aria-label={`Relabel ${skill.label ?? ''}`}>Relabel</Button>
        </div>
      )}
    </li>
  );
}
