import { useState, type FormEvent } from 'react';
import { useAgents, useTeams } from '@/api/directory';
import { Badge } from '@/components/ui/Badge';
import { Button } from '@/components/ui/Button';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { FormProblem, fieldError } from '@/components/ui/FormProblem';
import { CheckboxField } from '@/components/ui/CheckboxField';
import { SelectField } from '@/components/ui/SelectField';
import { Spinner } from '@/components/ui/Spinner';
import { TextInput } from '@/components/ui/TextInput';
import { useCreateTeam, useUpdateTeam, type AssignmentMethod, type Team } from '../api/directory';
import { ConsolePage, Panel } from './ConsolePage';

const NAME_CODES = ['duplicate-definition'];

/**
 * Teams tickets can be assigned to: create, rename, describe their focus, choose their members and how the engine
 * assigns their tickets among them (tickets follow a team by its id).
 */
export function TeamsScreen() {
  const teams = useTeams();
  const create = useCreateTeam();
  const [name, setName] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ name }, { onSuccess: () => setName('') });
  };
  return (
    <ConsolePage title="Teams" description="Groups of agents that tickets can be assigned to. A ticket in a team with no assignee goes to one of its online members by the team's method, or waits in the team's queue (urgent first, then oldest) until someone is free. Renaming a team keeps its tickets.">
      <Panel title="Create a team">
        <form onSubmit={submit} className="flex flex-wrap items-start gap-3">
          <TextInput label="Team name" value={name} onChange={setName} error={fieldError(create.error, 'name', NAME_CODES)} className="min-w-56 flex-1" />
          <Button type="submit" variant="primary" className="mt-5" isDisabled={create.isPending}>Create team</Button>
          <div className="basis-full empty:hidden"><FormProblem error={create.error} shownFields={['name']} shownCodes={NAME_CODES} /></div>
        </form>
      </Panel>
      {teams.isPending ? <Spinner label="Loading teams…" />
        : teams.isError ? <ErrorState error={teams.error} onRetry={() => void teams.refetch()} />
        : teams.data.length === 0 ? <EmptyState title="No teams yet">Create the first one above.</EmptyState>
        : (
          <ul className="divide-y divide-line rounded-lg border border-line bg-surface" aria-label="Teams">
            {teams.data.map((team) => <TeamItem key={team.id} team={team} />)}
          </ul>
        )}
    </ConsolePage>
  );
}

const METHODS: { value: AssignmentMethod; label: string; help: string }[] = [
  { value: 'least-busy', label: 'Least busy', help: 'the online member with the fewest open tickets' },
  { value: 'round-robin', label: 'Round robin', help: 'the online member longest without a ticket of this team' },
  { value: 'balanced', label: 'Balanced', help: 'online, on shift, with the required skills, lowest share of their capacity in use' },
];

function methodLabel(method: string | undefined): string {
  return METHODS.find((m) => m.value === method)?.label ?? 'Least busy';
}

function TeamItem({ team }: { team: Team }) {
  const update = useUpdateTeam();
  const agents = useAgents();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(team.name ?? '');
  const [focus, setFocus] = useState(team.focus ?? '');
  const [method, setMethod] = useState<AssignmentMethod>((team.assignmentMethod as AssignmentMethod | undefined) ?? 'least-busy');
  const [members, setMembers] = useState<string[]>(team.memberIds ?? []);
  const names = new Map((agents.data ?? []).map((agent) => [agent.id ?? '', agent]));
  const reset = () => {
    setEditing(false);
    setName(team.name ?? '');
    setFocus(team.focus ?? '');
    setMethod((team.assignmentMethod as AssignmentMethod | undefined) ?? 'least-busy');
    setMembers(team.memberIds ?? []);
    update.reset();
  };
  if (editing) {
    return (
      <li className="px-3 py-3">
        <form className="flex flex-col gap-3" aria-label={`Edit ${team.name ?? ''}`} onSubmit={(event) => {
          event.preventDefault();
          update.mutate({ id: team.id ?? '', name, focus, assignmentMethod: method, memberIds: members }, { onSuccess: () => setEditing(false) });
        }}>
          <div className="flex flex-wrap items-start gap-3">
            <TextInput label={`New name for ${team.name ?? ''}`} value={name} onChange={setName}
              error={fieldError(update.error, 'name', NAME_CODES)} className="min-w-56 flex-1" />
            <SelectField label="Assignment method" value={method} onChange={(value) => setMethod(value as AssignmentMethod)}
              options={METHODS.map((m) => ({ value: m.value, label: m.label }))} />
          </div>
          <p className="text-xs text-muted">{METHODS.find((m) => m.value === method)?.help}. Away and offline members, and members at their capacity, get no tickets.</p>
          <TextInput label="Focus (what this team handles)" value={focus} onChange={setFocus} error={fieldError(update.error, 'focus')} />
          <fieldset className="flex flex-col gap-1.5">
            <legend className="mb-1 text-xs font-medium text-muted">Members</legend>
            {(agents.data ?? []).map((agent) => (
              <CheckboxField key={agent.id} label={`${agent.name ?? ''}${agent.active ? '' : ' (off duty)'}`}
                isSelected={members.includes(agent.id ?? '')}
                onChange={(selected) => setMembers((current) => selected
                  ? [...current, agent.id ?? '']
                  : current.filter((id) => id !== agent.id))} />
            ))}
          </fieldset>
          <div className="flex gap-2">
            <Button type="submit" variant="primary" isDisabled={update.isPending}>Save</Button>
            <Button onPress={reset}>Cancel</Button>
          </div>
          <div className="empty:hidden"><FormProblem error={update.error} shownFields={['name', 'focus']} shownCodes={NAME_CODES} /></div>
        </form>
      </li>
    );
  }
  return (
    <li className="flex flex-wrap items-start justify-between gap-3 px-3 py-2">
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm font-medium">{team.name}</span>
          <Badge tone="accent">{methodLabel(team.assignmentMethod)}</Badge>
        </div>
        {team.focus && <p className="mt-0.5 text-sm text-muted">{team.focus}</p>}
        <p className="mt-1 text-xs text-muted">
          {(team.memberIds ?? []).length === 0 ? 'No members: its tickets wait until someone joins.'
            : `Members: ${(team.memberIds ?? []).map((id) => memberLabel(names.get(id))).join(', ')}`}
        </p>
      </div>
      <Button size="sm" onPress={() => setEditing(true)} aria-label={`Edit ${team.name ?? ''}`}>Edit</Button>
    </li>
  );
}

function memberLabel(agent: { name?: string; status?: string } | undefined): string {
  return agent ? `${agent.name ?? ''} (${agent.status ?? 'offline'})` : 'unknown agent';
}
