// The workspace's built-in views: each is a queue filter, some relative to the signed-in agent.
import type { QueueFilters } from '@/api/keys';
import { UNSOLVED } from '@/lib/labels';

export interface BuiltInView {
  id: string;
  name: string;
  filters: (agentId: string) => QueueFilters;
}

function daysAgo(days: number): string {
  const start = new Date();
  start.setHours(0, 0, 0, 0);
  start.setDate(start.getDate() - days);
  return start.toISOString();
}

export const BUILT_IN_VIEWS: readonly BuiltInView[] = [
  { id: 'my-open', name: 'My open tickets', filters: (agentId) => ({ assigneeId: agentId, category: ['new', 'open'] }) },
  { id: 'unassigned', name: 'Unassigned', filters: () => ({ assigneeId: 'none', category: [...UNSOLVED] }) },
  { id: 'all-open', name: 'All open', filters: () => ({ category: ['new', 'open'] }) },
  { id: 'pending', name: 'Pending', filters: () => ({ category: ['pending'] }) },
  { id: 'on-hold', name: 'On hold', filters: () => ({ category: ['on-hold'] }) },
  {
    id: 'recently-solved',
    name: 'Recently solved',
    filters: () => ({ category: ['solved'], updatedAfter: daysAgo(7) }),
  },
];

export function builtInView(id: string): BuiltInView | undefined {
  return BUILT_IN_VIEWS.find((view) => view.id === id);
}
