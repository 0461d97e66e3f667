import { describe, expect, it } from 'vitest';
import { applyChange, type QueueData, type QueueItem } from './queue';

function item(id: string, updatedAt: string, version = 1): QueueItem {
  return { id, number: Number(id.replace(/\D/g, '')), subject: id, updatedAt, version };
}

function data(items: QueueItem[], nextCursor?: string): QueueData {
  return { pages: [{ items, nextCursor }], pageParams: [undefined] };
}

const ids = (value: QueueData | undefined) => value?.pages.flatMap((page) => page.items ?? []).map((row) => row.id);

describe('applyChange', () => {
  const loaded = data([item('t3', '2026-01-03T00:00:00Z'), item('t2', '2026-01-02T00:00:00Z'), item('t1', '2026-01-01T00:00:00Z')]);

  it('moves a changed ticket to where the sort puts it', () => {
    const next = applyChange(loaded, item('t1', '2026-01-04T00:00:00Z', 2), '-updatedAt');
    expect(ids(next)).toEqual(['t4'.replace('4', '1'), 't3', 't2']);
  });

  it('adds a new ticket and removes one that left the filter', () => {
    const added = applyChange(loaded, item('t9', '2026-01-02T12:00:00Z'), '-updatedAt');
    expect(ids(added)).toEqual(['t3', 't9', 't2', 't1']);
    expect(ids(applyChange(added, item('t3', '2026-01-05T00:00:00Z', 2), '-updatedAt', true))).toEqual(['t9', 't2', 't1']);
  });

  it('ignores a change older than the row it has', () => {
    const newer = data([item('t1', '2026-01-05T00:00:00Z', 5)]);
    expect(applyChange(newer, item('t1', '2026-01-01T00:00:00Z', 4), '-updatedAt')).toBe(newer);
  });

  it('leaves a ticket that sorts past the loaded rows to paging', () => {
    const partial = data([item('t3', '2026-01-03T00:00:00Z')], 'cursor-1');
    const next = applyChange(partial, item('t0', '2025-12-01T00:00:00Z'), '-updatedAt');
    expect(ids(next)).toEqual(['t3']);
    expect(next?.pages[0]?.nextCursor).toBe('cursor-1');
  });
});
