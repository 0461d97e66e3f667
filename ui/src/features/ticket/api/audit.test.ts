import { describe as group, expect, it } from 'vitest';
import { type AuditEntry, changesOf, describe, entryAt } from './audit';

const GRACE = '0b6f4b8e-1c9a-4d1e-9b1a-2f3c4d5e6f70';
const names = new Map([[GRACE, 'Grace Hopper']]);

group('audit text', () => {
  it('names agents the trail names by id and leaves message ids out', () => {
    const entry: AuditEntry = {
      description: `Assigned to agent ${GRACE}`,
      changes: [{ field: 'assignee', from: null, to: GRACE }, { field: 'message', from: null, to: 'm-1' }],
    };
    expect(describe(entry, names)).toBe('Assigned to Grace Hopper');
    expect(changesOf(entry, names)).toEqual([{ field: 'assignee', from: null, to: 'Grace Hopper' }]);
  });

  it('finds the entry in force at an instant', () => {
    const entries: AuditEntry[] = [
      { version: 1, occurredAt: '2026-12-01T10:00:00Z' },
      { version: 2, occurredAt: '2026-12-01T11:00:00Z' },
    ];
    expect(entryAt(entries, '2026-12-01T10:30:00Z')?.version).toBe(1);
    expect(entryAt(entries, '2026-12-01T11:00:00Z')?.version).toBe(2);
    expect(entryAt(entries, '2026-12-01T09:00:00Z')).toBeUndefined();
  });
});
