import { describe, expect, it } from 'vitest';
import { type CustomField, fieldDisplay, fieldValueError } from './customFields';

const field = (type: string, extra: Partial<CustomField> = {}): CustomField => ({ key: 'f', label: 'F', type, ...extra });

describe('fieldValueError', () => {
  it('accepts what the server accepts and refuses the rest', () => {
    expect(fieldValueError(field('number'), '42')).toBeNull();
    expect(fieldValueError(field('number'), '4.5')).toBe('Expects an integer.');
    expect(fieldValueError(field('decimal'), '-3.25')).toBeNull();
    expect(fieldValueError(field('decimal'), 'abc')).toBe('Expects a decimal number.');
    expect(fieldValueError(field('date'), '2026-02-30')).toBe('Expects a date as yyyy-MM-dd.');
    expect(fieldValueError(field('date'), '2026-02-28')).toBeNull();
    expect(fieldValueError(field('regex', { pattern: '[A-Z]{3}-\\d+' }), 'ABC-12')).toBeNull();
    expect(fieldValueError(field('regex', { pattern: '[A-Z]{3}-\\d+' }), 'abc-12')).toMatch(/matching/);
    expect(fieldValueError(field('dropdown', { options: [{ key: 'pro', label: 'Pro' }] }), 'free')).toBe('Expects one of its options.');
  });

  it('treats an empty value as clearing the field', () => {
    expect(fieldValueError(field('number'), '')).toBeNull();
  });
});

describe('fieldDisplay', () => {
  it('names options by label and checkboxes as Yes or No', () => {
    expect(fieldDisplay(field('multi-select', { options: [{ key: 'a', label: 'Alpha' }, { key: 'b', label: 'Beta' }] }), ['a', 'b'])).toBe('Alpha, Beta');
    expect(fieldDisplay(field('checkbox'), ['true'])).toBe('Yes');
    expect(fieldDisplay(field('text'), [])).toBe('—');
  });
});
