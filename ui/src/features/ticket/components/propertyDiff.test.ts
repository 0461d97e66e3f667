import { describe, expect, it } from 'vitest';
import type { TicketDetail } from '../api/ticket';
import { changedMeanwhile, conflictingFields } from './propertyDiff';

const mine: TicketDetail = { id: 't', version: 3, status: { key: 'open', category: 'open' }, priority: 'high', tags: ['a'], messageCount: 2 };
const theirs: TicketDetail = { ...mine, version: 4, priority: 'urgent', assignee: { id: 'b', name: 'Bob' }, messageCount: 3 };

describe('conflict descriptions', () => {
  it('names what changed meanwhile, before and after', () => {
    expect(changedMeanwhile(mine, theirs)).toEqual([
      { field: 'Priority', mine: 'High', theirs: 'Urgent' },
      { field: 'Assignee', mine: 'Unassigned', theirs: 'Bob' },
      { field: 'Messages', mine: '2', theirs: '3' },
    ]);
  });

  it('compares my change with the latest values of the fields it touches', () => {
    expect(conflictingFields({ type: 'incident', addTags: ['vip'] }, theirs)).toEqual([
      { field: 'Type', mine: 'Incident', theirs: '—' },
      { field: 'Add tags', mine: 'vip', theirs: 'a' },
    ]);
  });
});
