import { useState } from 'react';
import { useAgents, useStatuses, useTeams } from '@/api/directory';
import { messageOf } from '@/api/problem';
import { Button } from '@/components/ui/Button';
import { Modal } from '@/components/ui/Modal';
import { SelectField } from '@/components/ui/SelectField';
import { PRIORITIES, TICKET_TYPES, humanize } from '@/lib/labels';
import { type BulkChanges, type BulkResult, useBulkChange } from '../api/bulk';
import type { QueueItem } from '../api/queue';

export interface BulkBarProps {
  items: QueueItem[];
  onDone: () => void;
}

const NONE = '__none__';
// The API unassigns on an explicit null; the generated type only knows strings.
const UNASSIGN = null as unknown as string;

/** Change the selected tickets at once; the outcome of each one is shown, nothing is dropped silently. */
export function BulkBar({ items, onDone }: BulkBarProps) {
  const statuses = useStatuses();
  const agents = useAgents();
  const teams = useTeams();
  const bulk = useBulkChange();
  const [draft, setDraft] = useState<Record<string, string>>({});
  const [results, setResults] = useState<{ items: QueueItem[]; results: BulkResult[] } | null>(null);
  const set = (key: string) => (value: string) => setDraft((old) => ({ ...old, [key]: value }));

  const changes = (): BulkChanges => {
    const next: BulkChanges = {};
    if (draft.status) next.status = draft.status;
    if (draft.priority) next.priority = draft.priority as BulkChanges['priority'];
    if (draft.type) next.type = draft.type as BulkChanges['type'];
    if (draft.assigneeId) next.assigneeId = draft.assigneeId === NONE ? UNASSIGN : draft.assigneeId;
    if (draft.teamId) next.teamId = draft.teamId === NONE ? UNASSIGN : draft.teamId;
    if (draft.addTag?.trim()) next.addTags = [draft.addTag.trim()];
    if (draft.removeTag?.trim()) next.removeTags = [draft.removeTag.trim()];
    return next;
  };
  const apply = () => {
    const chosen = [...items];
    bulk.mutate({ items: chosen, changes: changes() }, { onSuccess: (answer) => setResults({ items: chosen, results: answer }) });
  };
  const nothingChosen = Object.keys(changes()).length === 0;

  return (
    <div role="region" aria-label="Bulk changes" className="flex flex-wrap items-end gap-2 border-b border-line bg-accent-soft px-4 py-2">
      <p className="self-center text-sm font-semibold">{items.length} selected</p>
      <SelectField label="Status" value={draft.status ?? ''} placeholder="—" onChange={set('status')}
        options={(statuses.data ?? []).map((s) => ({ value: s.key ?? '', label: s.label ?? '' }))} />
      <SelectField label="Priority" value={draft.priority ?? ''} placeholder="—" onChange={set('priority')}
        options={PRIORITIES.map((p) => ({ value: p, label: humanize(p) }))} />
      <SelectField label="Type" value={draft.type ?? ''} placeholder="—" onChange={set('type')}
        options={TICKET_TYPES.map((t) => ({ value: t, label: humanize(t) }))} />
      <SelectField label="Assignee" value={draft.assigneeId ?? ''} placeholder="—" onChange={set('assigneeId')}
        options={[{ value: NONE, label: 'Unassign' }, ...(agents.data ?? []).map((a) => ({ value: a.id ?? '', label: a.name ?? '' }))]} />
      <SelectField label="Team" value={draft.teamId ?? ''} placeholder="—" onChange={set('teamId')}
        options={[{ value: NONE, label: 'No team' }, ...(teams.data ?? []).map((t) => ({ value: t.id ?? '', label: t.name ?? '' }))]} />
      <label className="flex flex-col gap-1 text-xs font-medium text-muted">Add tag
        <input value={draft.addTag ?? ''} onChange={(e) => set('addTag')(e.target.value)} className="w-28 rounded-md border border-line bg-surface px-2 py-1.5 text-sm text-ink" />
      </label>
      <label className="flex flex-col gap-1 text-xs font-medium text-muted">Remove tag
        <input value={draft.removeTag ?? ''} onChange={(e) => set('removeTag')(e.target.value)} className="w-28 rounded-md border border-line bg-surface px-2 py-1.5 text-sm text-ink" />
      </label>
      <Button variant="primary" isDisabled={nothingChosen || bulk.isPending} onPress={apply}>
        {bulk.isPending ? 'Applying…' : `Apply to ${items.length}`}
      </Button>
      <Button variant="ghost" onPress={onDone}>Clear selection</Button>
      {bulk.isError && <p role="alert" className="text-sm text-danger">{messageOf(bulk.error)}</p>}
      <Modal title="Bulk change results" isOpen={results !== null} onOpenChange={(open) => {
        if (!open) {
          setResults(null);
          setDraft({});
          onDone();
        }
      }}>
        <BulkResults items={results?.items ?? []} results={results?.results ?? []} />
      </Modal>
    </div>
  );
}

const OUTCOME = {
  applied: { label: 'Applied', tone: 'text-success' },
  conflict: { label: 'Conflict: changed meanwhile, not applied', tone: 'text-danger' },
  refused: { label: 'Refused', tone: 'text-danger' },
} as const;

function BulkResults({ items, results }: { items: QueueItem[]; results: BulkResult[] }) {
  const applied = results.filter((r) => r.outcome === 'applied').length;
  return (
    <div>
      <p className="mb-2 text-sm">{applied} of {results.length} applied.</p>
      <table className="w-full text-sm">
        <caption className="sr-only">Result per ticket</caption>
        <thead><tr className="text-left text-xs text-muted"><th scope="col">Ticket</th><th scope="col">Outcome</th></tr></thead>
        <tbody>
          {results.map((result) => {
            const item = items.find((i) => i.id === result.id);
            const outcome = OUTCOME[result.outcome ?? 'refused'];
            return (
              <tr key={result.id} className="border-t border-line align-top">
                <th scope="row" className="py-1 pr-2 text-left font-normal">#{item?.number} {item?.subject}</th>
                <td className={`py-1 ${outcome.tone}`}>
                  {outcome.label}
                  {result.outcome === 'applied' && result.version !== undefined && <span className="text-muted"> (version {result.version})</span>}
                  {result.problem && <span className="block text-xs text-muted">{result.problem.detail} ({result.problem.code})</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
