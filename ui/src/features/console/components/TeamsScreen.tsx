import { useState, type FormEvent } from 'react';
import { useTeams } from '@/api/directory';
import { Button } from '@/components/ui/Button';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { FormProblem, fieldError } from '@/components/ui/FormProblem';
import { Spinner } from '@/components/ui/Spinner';
import { TextInput } from '@/components/ui/TextInput';
import { useCreateTeam, useRenameTeam, type Team } from '../api/directory';
import { ConsolePage, Panel } from './ConsolePage';

const NAME_CODES = ['duplicate-definition'];

/** Teams tickets can be assigned to: create and rename (tickets follow a team by its id). */
export function TeamsScreen() {
  const teams = useTeams();
  const create = useCreateTeam();
  const [name, setName] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ name }, { onSuccess: () => setName('') });
  };
  return (
    <ConsolePage title="Teams" description="Groups of agents that tickets can be assigned to. Renaming a team keeps its tickets.">
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

function TeamItem({ team }: { team: Team }) {
  const rename = useRenameTeam();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(team.name ?? '');
  return (
    <li className="px-3 py-2">
      {editing ? (
        <form className="flex flex-wrap items-start gap-3" onSubmit={(event) => {
          event.preventDefault();
          rename.mutate({ id: team.id ?? '', name }, { onSuccess: () => setEditing(false) });
        }}>
          <TextInput label={`New name for ${team.name ?? ''}`} value={name} onChange={setName}
            error={fieldError(rename.error, 'name', NAME_CODES)} className="min-w-56 flex-1" />
          <Button type="submit" variant="primary" className="mt-5" isDisabled={rename.isPending}>Save</Button>
          <Button className="mt-5" onPress={() => { setEditing(false); setName(team.name ?? ''); rename.reset(); }}>Cancel</Button>
          <div className="basis-full empty:hidden"><FormProblem error={rename.error} shownFields={['name']} shownCodes={NAME_CODES} /></div>
        </form>
      ) : (
        <div className="flex items-center justify-between gap-3">
          <span className="text-sm font-medium">{team.name}</span>
          <Button size="sm" onPress={() => setEditing(true)} aria-label={`Rename ${team.name ?? ''}`}>Rename</Button>
        </div>
      )}
    </li>
  );
}
