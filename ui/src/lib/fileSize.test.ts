import { describe, expect, it } from 'vitest';
import { formatFileSize } from './fileSize';

describe('formatFileSize', () => {
  it('counts small files in bytes', () => {
    expect(formatFileSize(0)).toBe('0 bytes');
    expect(formatFileSize(1)).toBe('1 byte');
    expect(formatFileSize(1023)).toBe('1023 bytes');
  });

  it('shows one decimal below ten and whole numbers above', () => {
    expect(formatFileSize(1024)).toBe('1 KB');
    expect(formatFileSize(2355)).toBe('2.3 KB');
    expect(formatFileSize(48 * 1024)).toBe('48 KB');
    expect(formatFileSize(2.3 * 1024 * 1024)).toBe('2.3 MB');
    expect(formatFileSize(25 * 1024 * 1024)).toBe('25 MB');
  });

  it('moves up a unit rather than show 1024 of one', () => {
    expect(formatFileSize(1024 * 1024 - 1)).toBe('1 MB');
    expect(formatFileSize(3 * 1024 ** 3)).toBe('3 GB');
  });
});
