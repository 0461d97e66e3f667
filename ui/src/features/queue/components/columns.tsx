import type { ReactNode } from 'react';
import { RelativeTime } from '@/components/ui/RelativeTime';
import { humanize } from '@/lib/labels';
import type { QueueItem } from '../api/queue';
import { SlaBadge } from './SlaBadge';

export interface QueueColumn {
  id: string;
  label: string;
  width: string;
  /** The API's sort field, when the queue can sort by this column. */
  sortField?: 'number' | 'priority' | 'updatedAt' | 'createdAt' | 'slaDueAt';
  render: (item: QueueItem) => ReactNode;
}

const STATUS_TONE: Record<string, string> = {
  new: 'bg-accent-soft text-ink',
  open: 'bg-danger-soft text-danger',
  pending: 'bg-note text-note-ink',
  'on-hold': 'bg-raised text-ink',
  solved: 'bg-raised text-success',
  closed: 'bg-raised text-muted',
};

function time(value: string | undefined): ReactNode {
  return value ? <span className="truncate whitespace-nowrap"><RelativeTime value={value} /></span> : '—';
}

export const QUEUE_COLUMNS: readonly QueueColumn[] = [
  { id: 'number', label: '#', width: '4rem', sortField: 'number', render: (t) => <span className="tabular-nums text-muted">{t.number}</span> },
  { id: 'subject', label: 'Subject', width: 'minmax(8rem, 3fr)', render: (t) => <span className="truncate font-medium">{t.subject ?? 'Subject erased'}</span> },
  { id: 'requester', label: 'Requester', width: 'minmax(7rem, 1.2fr)', render: (t) => <span className="truncate">{t.requester?.name ?? '—'}</span> },
  {
    id: 'status',
    label: 'Status',
    width: '6.5rem',
    render: (t) => (
      <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${STATUS_TONE[t.status?.category ?? ''] ?? 'bg-raised'}`}>
        {humanize(t.status?.key)}
      </span>
    ),
  },
  { id: 'priority', label: 'Priority', width: '5.5rem', sortField: 'priority', render: (t) => humanize(t.priority) },
  { id: 'assignee', label: 'Assignee', width: 'minmax(6rem, 1fr)', render: (t) => <span className="truncate">{t.assignee?.name ?? 'Unassigned'}</span> },
  { id: 'team', label: 'Team', width: 'minmax(6rem, 0.8fr)', render: (t) => <span className="truncate">{t.team?.name ?? '—'}</span> },
  { id: 'sla', label: 'Next SLA', width: '10rem', sortField: 'slaDueAt', render: (t) => <SlaBadge sla={t.sla} /> },
  { id: 'updatedAt', label: 'Updated', width: '8rem', sortField: 'updatedAt', render: (t) => time(t.updatedAt) },
  { id: 'createdAt', label: 'Created', width: '7.5rem', sortField: 'createdAt', render: (t) => time(t.createdAt) },
  { id: 'type', label: 'Type', width: '5.5rem', render: (t) => humanize(t.type) },
  { id: 'channel', label: 'Channel', width: '5rem', render: (t) => humanize(t.channel) },
  { id: 'tags', label: 'Tags', width: 'minmax(6rem, 1fr)', render: (t) => <span className="truncate text-muted">{(t.tags ?? []).join(', ')}</span> },
];

/** SLA instead of priority by default: the badge says how urgent a ticket is now (priority is a column away). */
export const DEFAULT_COLUMNS = ['number', 'subject', 'requester', 'status', 'sla', 'assignee', 'updatedAt'];

/** The columns a phone-sized screen starts with (the column chooser adds more; the table then scrolls sideways). */
export const PHONE_COLUMNS = ['number', 'subject', 'status'];

/** The narrowest the table may get with these columns (the selection column included), in rem. */
export function minWidthRem(columns: readonly QueueColumn[]): number {
  const selection = 2.25;
  return columns.reduce((sum, column) => sum + Number(/([\d.]+)rem/.exec(column.width)?.[1] ?? 0), selection);
}

export function columnsById(ids: readonly string[]): QueueColumn[] {
  return ids.flatMap((id) => QUEUE_COLUMNS.filter((column) => column.id === id));
}
