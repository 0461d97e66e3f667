import { useId } from 'react';
import { useAgentStatus, useSetAgentStatus, type AgentStatus } from '../api/status';

export interface StatusSwitchProps {
  agentId: string;
}

const OPTIONS: { value: AgentStatus; label: string }[] = [
  { value: 'online', label: 'Online' },
  { value: 'away', label: 'Away' },
  { value: 'offline', label: 'Offline' },
];

const DOT: Record<AgentStatus, string> = {
  online: 'bg-success',
  away: 'bg-note-line',
  offline: 'bg-muted',
};

/**
 * The agent's status in the header: online agents receive routed tickets, away and offline ones none. A native
 * select, so keyboard and screen readers work as everywhere; the change applies at once.
 */
export function StatusSwitch({ agentId }: StatusSwitchProps) {
  const id = useId();
  const agent = useAgentStatus(agentId);
  const setStatus = useSetAgentStatus(agentId);
  const status = (setStatus.isPending ? setStatus.variables : agent.data?.status) as AgentStatus | undefined;
  if (!status) {
    return null;
  }
  return (
    <div className="flex items-center gap-1.5">
      <span aria-hidden className={`size-2.5 rounded-full ${DOT[status]}`} />
      <label htmlFor={id} className="sr-only">Your status (online agents receive new tickets)</label>
      <select
        id={id}
        value={status}
        disabled={setStatus.isPending}
        onChange={(event) => setStatus.mutate(event.target.value as AgentStatus)}
        title="Online agents receive new tickets; away and offline ones none"
        className="rounded-md border border-line bg-surface px-1.5 py-1 text-xs text-ink focus:outline-none focus-visible:ring-2 focus-visible:ring-accent"
      >
        {OPTIONS.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
      </select>
      {setStatus.isError && <span role="alert" className="text-xs text-danger">Status not changed</span>}
    </div>
  );
}
