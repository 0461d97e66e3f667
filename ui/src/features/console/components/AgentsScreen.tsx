import { useState, type FormEvent } from 'react';
import { useAgents, useSkills } from '@/api/directory';
import { Badge } from '@/components/ui/Badge';
import { Button } from '@/components/ui/Button';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { FormProblem, fieldError } from '@/components/ui/FormProblem';
import { RelativeTime } from '@/components/ui/RelativeTime';
import { SelectField } from '@/components/ui/SelectField';
import { Spinner } from '@/components/ui/Spinner';
import { TextInput } from '@/components/ui/TextInput';
import { useCreateAgent, useUpdateAgent, type Agent, type AgentSkill } from '../api/directory';
import { ConsolePage, Panel, TABLE } from './ConsolePage';

/**
 * Agents: who works tickets. Add one; edit one's name, capacity and skills; take one off duty (no new assignments) or
 * back on; see each one's status (online agents receive routed tickets).
 */
export function AgentsScreen() {
  const agents = useAgents();
  return (
    <ConsolePage title="Agents"
      description="The people who work tickets. Agents set their status in the workspace: only online agents on duty and under their capacity receive routed tickets. An agent off duty keeps their tickets but cannot be assigned new ones; their sign-in is managed under Logins and roles.">
      <NewAgentForm />
      {agents.isPending ? <Spinner label="Loading agents…" />
        : agents.isError ? <ErrorState error={agents.error} onRetry={() => void agents.refetch()} />
        : agents.data.length === 0 ? <EmptyState title="No agents yet">Add the first one above.</EmptyState>
        : (
          <div className={TABLE.wrap} tabIndex={0}>
            <table className={TABLE.table}>
              <thead><tr><th className={TABLE.th}>Name</th><th className={TABLE.th}>Status</th><th className={TABLE.th}>Capacity</th><th className={TABLE.th}>Skills</th><th className={TABLE.th}>Duty</th><th className={TABLE.th}><span className="sr-only">Actions</span></th></tr></thead>
              <tbody>{agents.data.map((agent) => <AgentRow key={agent.id} agent={agent} />)}</tbody>
            </table>
          </div>
        )}
    </ConsolePage>
  );
}

function NewAgentForm() {
  const create = useCreateAgent();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ name, email }, { onSuccess: () => { setName(''); setEmail(''); } });
  };
  return (
    <Panel title="Add an agent">
      <form onSubmit={submit} className="flex flex-wrap items-start gap-3">
        <TextInput label="Name" value={name} onChange={setName} error={fieldError(create.error, 'name')} className="min-w-48 flex-1" />
        <TextInput label="Email" type="email" value={email} onChange={setEmail}
          error={fieldError(create.error, 'email', ['duplicate-definition'])} className="min-w-56 flex-1" />
        <Button type="submit" variant="primary" className="mt-5" isDisabled={create.isPending}>Add agent</Button>
        <div className="basis-full empty:hidden">
          <FormProblem error={create.error} shownFields={['name', 'email']} shownCodes={['duplicate-definition']} />
        </div>
      </form>
    </Panel>
  );
}

const LEVELS = [
  { value: '', label: 'none' },
  { value: '1', label: '1 basic' },
  { value: '2', label: '2 good' },
  { value: '3', label: '3 expert' },
];

const STATUS_TONE = { online: 'success', away: 'note', offline: 'neutral' } as const;

function AgentRow({ agent }: { agent: Agent }) {
  const update = useUpdateAgent();
  const skills = useSkills();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(agent.name ?? '');
  const [capacity, setCapacity] = useState(String(agent.capacity ?? 10));
  const [levels, setLevels] = useState<Record<string, string>>({});
  const id = agent.id ?? '';
  const labels = new Map((skills.data ?? []).map((skill) => [skill.key ?? '', skill.label ?? '']));
  const startEditing = () => {
    setName(agent.name ?? '');
    setCapacity(String(agent.capacity ?? 10));
    setLevels(Object.fromEntries((agent.skills ?? []).map((skill) => [skill.skill ?? '', String(skill.level ?? '')])));
    setEditing(true);
  };
  if (editing) {
    return (
      <tr>
        <td className={TABLE.td} colSpan={6}>
          <form className="flex flex-col gap-3" aria-label={`Edit ${agent.name ?? ''}`} onSubmit={(event) => {
            event.preventDefault();
            const chosen: AgentSkill[] = Object.entries(levels).filter(([, level]) => level !== '')
              .map(([skill, level]) => ({ skill, level: Number(level) }));
            update.mutate({ id, name, capacity: Number(capacity), skills: chosen }, { onSuccess: () => setEditing(false) });
          }}>
            <div className="flex flex-wrap items-start gap-3">
              <TextInput label={`New name for ${agent.email ?? ''}`} value={name} onChange={setName}
                error={fieldError(update.error, 'name', ['validation-failed'])} className="min-w-56 flex-1" />
              <TextInput label="Capacity (open tickets at most)" type="number" min={0} max={1000} value={capacity}
                onChange={setCapacity} error={fieldError(update.error, 'capacity')} className="w-48" />
            </div>
            <fieldset className="flex flex-wrap gap-3">
              <legend className="mb-1 text-xs font-medium text-muted">Skills and levels</legend>
              {(skills.data ?? []).length === 0 && <p className="text-xs text-muted">No skills defined yet (Skills screen).</p>}
              {(skills.data ?? []).map((skill) => (
                <SelectField key={skill.key} label={skill.label ?? skill.key ?? ''} value={levels[skill.key ?? ''] ?? ''}
                  options={LEVELS} onChange={(level) => setLevels((current) => ({ ...current, [skill.key ?? '']: level }))} />
              ))}
            </fieldset>
            <div className="flex gap-2">
              <Button type="submit" variant="primary" isDisabled={update.isPending}>Save</Button>
              <Button onPress={() => { setEditing(false); update.reset(); }}>Cancel</Button>
            </div>
            <div className="empty:hidden"><FormProblem error={update.error} shownFields={['name', 'capacity']} shownCodes={['validation-failed']} /></div>
          </form>
        </td>
      </tr>
    );
  }
  const status = (agent.status ?? 'offline') as keyof typeof STATUS_TONE;
  return (
    <tr>
      <td className={TABLE.td}>{agent.name}<div className="text-xs text-muted">{agent.email}</div></td>
      <td className={TABLE.td}>
        <Badge tone={STATUS_TONE[status]}>{status}</Badge>
        {agent.statusSince && <div className="text-xs text-muted">since <RelativeTime value={agent.statusSince} /></div>}
      </td>
      <td className={`${TABLE.td} tabular-nums`}>{agent.capacity}</td>
      <td className={TABLE.td}>
        {(agent.skills ?? []).length === 0 ? <span className="text-muted">none</span>
          : (agent.skills ?? []).map((skill) => `${labels.get(skill.skill ?? '') ?? skill.skill ?? ''} ${skill.level ?? ''}`).join(', ')}
      </td>
      <td className={TABLE.td}>{agent.active ? <Badge tone="success">on duty</Badge> : <Badge>off duty</Badge>}</td>
      <td className={`${TABLE.td} text-right`}>
        <div className="flex justify-end gap-2">
          <Button size="sm" onPress={startEditing} aria-label={`Edit ${agent.name ?? ''}`}>Edit</Button>
          <Button size="sm" className="whitespace-nowrap" isDisabled={update.isPending} onPress={() => update.mutate({ id, active: !agent.active })}>
            {agent.active ? 'Take off duty' : 'Put on duty'}
          </Button>
        </div>
        {update.error && !editing && <FormProblem error={update.error} />}
      </td>
    </tr>
  );
}
