import { describe, expect, it } from 'vitest';
import { columnsById, DEFAULT_COLUMNS, minWidthRem, PHONE_COLUMNS } from './columns';

describe('queue columns', () => {
  it('need no more room than a phone has with the phone columns, and fit a tablet beside the views with the default ones', () => {
    const rem = 16;
    expect(minWidthRem(columnsById(PHONE_COLUMNS)) * rem).toBeLessThanOrEqual(360);
    // 1024 px wide, minus the views column (12rem below the lg breakpoint).
    expect(minWidthRem(columnsById(DEFAULT_COLUMNS)) * rem).toBeLessThanOrEqual(1024 - 12 * rem);
  });

  it('count the selection column and each column\'s minimum', () => {
    expect(minWidthRem(columnsById(['number', 'subject']))).toBe(2.25 + 4 + 8);
  });
});
