import { useEffect, useState } from 'react';
import type { Category, Priority, QueueFilters } from '@/api/keys';
import { useAgents, useTeams } from '@/api/directory';
import { SelectField } from '@/components/ui/SelectField';
import { CATEGORIES, PRIORITIES, humanize } from '@/lib/labels';

export interface QuickFilterValues {
  category?: Category;
  priority?: Priority;
  assigneeId?: string;
  teamId?: string;
  tag?: string;
  q?: string;
  /** SLA: any open target breached, or the next one due within the hour (breached ones included). */
  sla?: 'breached' | 'due-soon';
}

export interface QuickFiltersProps {
  value: QuickFilterValues;
  onChange: (value: QuickFilterValues) => void;
}

/** Quick filters narrow the view: each one set replaces the view's filter of the same name. */
export function toQueueFilters(quick: QuickFilterValues): QueueFilters {
  const filters: QueueFilters = {};
  if (quick.category) filters.category = [quick.category];
  if (quick.priority) filters.priority = [quick.priority];
  if (quick.assigneeId) filters.assigneeId = quick.assigneeId;
  if (quick.teamId) filters.teamId = quick.teamId;
  if (quick.tag) filters.tag = [quick.tag];
  if (quick.q) filters.q = quick.q;
  if (quick.sla === 'breached') filters.slaBreached = true;
  if (quick.sla === 'due-soon') filters.slaDueBefore = new Date(Date.now() + 3_600_000).toISOString();
  return filters;
}

function TextFilter({ label, value, onCommit }: { label: string; value: string; onCommit: (value: string) => void }) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  useEffect(() => {
    const timer = setTimeout(() => {
      if (text.trim() !== value) onCommit(text.trim());
    }, 300);
    return () => clearTimeout(timer);
  }, [text, value, onCommit]);
  return (
    <label className="flex flex-col gap-1 text-xs font-medium text-muted">
      {label}
      <input
        type="search"
        value={text}
        onChange={(event) => setText(event.target.value)}
        className="w-32 rounded-md border border-line bg-surface px-2 py-1.5 text-sm text-ink focus:outline-none focus-visible:ring-2 focus-visible:ring-accent"
      />
    </label>
  );
}

export function QuickFilters({ value, onChange }: QuickFiltersProps) {
  const agents = useAgents();
  const teams = useTeams();
  // The selects only offer the API's own values, so their strings are those types.
  const set = (key: keyof QuickFilterValues) => (next: string) => onChange({ ...value, [key]: next || undefined } as QuickFilterValues);
  return (
    <div className="flex flex-wrap items-end gap-2" role="group" aria-label="Quick filters">
      <TextFilter label="Search" value={value.q ?? ''} onCommit={set('q')} />
      <SelectField label="Status" value={value.category ?? ''} placeholder="Any" onChange={set('category')}
        options={CATEGORIES.map((c) => ({ value: c, label: humanize(c) }))} />
      <SelectField label="Priority" value={value.priority ?? ''} placeholder="Any" onChange={set('priority')}
        options={PRIORITIES.map((p) => ({ value: p, label: humanize(p) }))} />
      <SelectField label="Assignee" value={value.assigneeId ?? ''} placeholder="Any" onChange={set('assigneeId')}
        options={[{ value: 'none', label: 'Unassigned' }, ...(agents.data ?? []).map((a) => ({ value: a.id ?? '', label: a.name ?? '' }))]} />
      <SelectField label="Team" value={value.teamId ?? ''} placeholder="Any" onChange={set('teamId')}
        options={[{ value: 'none', label: 'No team' }, ...(teams.data ?? []).map((t) => ({ value: t.id ?? '', label: t.name ?? '' }))]} />
      <TextFilter label="Tag" value={value.tag ?? ''} onCommit={set('tag')} />
      <SelectField label="SLA" value={value.sla ?? ''} placeholder="Any" onChange={set('sla')}
        options={[{ value: 'breached', label: 'Breached' }, { value: 'due-soon', label: 'Due in the next hour' }]} />
    </div>
  );
}
