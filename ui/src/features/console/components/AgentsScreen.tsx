import { useState, type FormEvent } from 'react';
import { useAgents } from '@/api/directory';
import { Badge } from '@/components/ui/Badge';
import { Button } from '@/components/ui/Button';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { FormProblem, fieldError } from '@/components/ui/FormProblem';
import { Spinner } from '@/components/ui/Spinner';
import { TextInput } from '@/components/ui/TextInput';
import { useCreateAgent, useUpdateAgent, type Agent } from '../api/directory';
import { ConsolePage, Panel, TABLE } from './ConsolePage';

/** Agents: who works tickets. Add one, rename one, take one off duty (no new assignments) or back on. */
export function AgentsScreen() {
  const agents = useAgents();
  return (
    <ConsolePage title="Agents"
      description="The people who work tickets. An agent off duty keeps their tickets but cannot be assigned new ones; their sign-in is managed under Logins and roles.">
      <NewAgentForm />
      {agents.isPending ? <Spinner label="Loading agents…" />
        : agents.isError ? <ErrorState error={agents.error} onRetry={() => void agents.refetch()} />
        : agents.data.length === 0 ? <EmptyState title="No agents yet">Add the first one above.</EmptyState>
        : (
          <div className={TABLE.wrap} tabIndex={0}>
            <table className={TABLE.table}>
              <thead><tr><th className={TABLE.th}>Name</th><th className={TABLE.th}>Email</th><th className={TABLE.th}>Duty</th><th className={TABLE.th}><span className="sr-only">Actions</span></th></tr></thead>
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

function AgentRow({ agent }: { agent: Agent }) {
  const update = useUpdateAgent();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(agent.name ?? '');
  const id = agent.id ?? '';
  if (editing) {
    return (
      <tr>
        <td className={TABLE.td} colSpan={4}>
          <form className="flex flex-wrap items-start gap-3" onSubmit={(event) => {
            event.preventDefault();
            update.mutate({ id, name }, { onSuccess: () => setEditing(false) });
          }}>
            <TextInput label={`New name for ${agent.email ?? ''}`} value={name} onChange={setName}
              error={fieldError(update.error, 'name', ['validation-failed'])} className="min-w-56 flex-1" />
            <Button type="submit" variant="primary" className="mt-5" isDisabled={update.isPending}>Save</Button>
            <Button className="mt-5" onPress={() => { setEditing(false); update.reset(); }}>Cancel</Button>
            <div className="basis-full empty:hidden"><FormProblem error={update.error} shownFields={['name']} shownCodes={['validation-failed']} /></div>
          </form>
        </td>
      </tr>
    );
  }
  return (
    <tr>
      <td className={TABLE.td}>{agent.name}</td>
      <td className={TABLE.td}>{agent.email}</td>
      <td className={TABLE.td}>{agent.active ? <Badge tone="success">on duty</Badge> : <Badge>off duty</Badge>}</td>
      <td className={`${TABLE.td} text-right`}>
        <div className="flex justify-end gap-2">
          <Button size="sm" onPress={() => setEditing(true)} aria-label={`Rename ${agent.name ?? ''}`}>Rename</Button>
          <Button size="sm" isDisabled={update.isPending} onPress={() => update.mutate({ id, active: !agent.active })}>
            {agent.active ? 'Take off duty' : 'Put on duty'}
          </Button>
        </div>
        {update.error && !editing && <FormProblem error={update.error} />}
      </td>
    </tr>
  );
}
