// Custom field input checked as the server checks it (command-side FieldValues), so an agent hears about a bad value
// at once; the server stays the judge and its refusal is shown the same way.
import type { Schemas } from '@/api/client';
import { ApiProblem } from '@/api/problem';

export type CustomField = Schemas['CustomFieldView'];

const MAX_TEXT = 10_000;
const MAX_DECIMAL_DIGITS = 38;

function regexOf(pattern: string): RegExp | null {
  try {
    return new RegExp(`^(?:${pattern})$`, 'u');
  } catch {
    // A Java pattern JavaScript cannot read: leave the check to the server.
    return null;
  }
}

/** Why a single value does not fit the field, in the server's words; null when it fits or is empty (a clear). */
export function fieldValueError(field: CustomField, value: string): string | null {
  const trimmed = value.trim();
  if (value === '') {
    return null;
  }
  switch (field.type) {
    case 'text':
      return value.length > MAX_TEXT ? `Expects text of at most ${MAX_TEXT} characters.` : null;
    case 'number':
      return /^[+-]?\d+(\.0*)?$/.test(trimmed) && Number.isSafeInteger(Number(trimmed)) ? null : 'Expects an integer.';
    case 'decimal': {
      if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(trimmed)) {
        return 'Expects a decimal number.';
      }
      const digits = trimmed.replace(/[eE].*$/, '').replace(/[^\d]/g, '').replace(/^0+/, '').replace(/0+$/, '');
      return digits.length > MAX_DECIMAL_DIGITS ? `Expects a decimal number of at most ${MAX_DECIMAL_DIGITS} digits.` : null;
    }
    case 'checkbox':
      return ['true', 'false'].includes(trimmed.toLowerCase()) ? null : 'Expects true or false.';
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(trimmed) && !Number.isNaN(Date.parse(`${trimmed}T00:00:00Z`)) && new Date(`${trimmed}T00:00:00Z`).toISOString().startsWith(trimmed)
        ? null
        : 'Expects a date as yyyy-MM-dd.';
    case 'dropdown':
    case 'multi-select':
      return (field.options ?? []).some((option) => option.key === trimmed) ? null : 'Expects one of its options.';
    case 'regex': {
      if (value.length > MAX_TEXT) {
        return `Expects text of at most ${MAX_TEXT} characters.`;
      }
      const regex = regexOf(field.pattern ?? '');
      return regex === null || regex.test(value) ? null : `Expects a value matching ${field.pattern ?? 'its pattern'}.`;
    }
    default:
      return null;
  }
}

/** The field's values as text for people: option labels for dropdowns, Yes/No for checkboxes. */
export function fieldDisplay(field: CustomField | undefined, values: readonly string[]): string {
  if (values.length === 0) {
    return '—';
  }
  if (field?.type === 'checkbox') {
    return values[0] === 'true' ? 'Yes' : 'No';
  }
  const label = (value: string) => field?.options?.find((option) => option.key === value)?.label ?? value;
  return values.map(label).join(', ');
}

/** Active fields in their admin-defined order, plus inactive ones the ticket still holds a value for. */
export function shownFields(fields: readonly CustomField[], values: Record<string, string[]>): CustomField[] {
  return fields
    .filter((field) => field.active !== false || (values[field.key ?? '']?.length ?? 0) > 0)
    .toSorted((a, b) => (a.position ?? 0) - (b.position ?? 0));
}

/** The keys of the required fields a refusal ({@code required-field-missing}) names; empty for any other error. */
export function missingRequiredKeys(error: unknown): string[] {
  if (!(error instanceof ApiProblem) || error.code !== 'required-field-missing') return [];
  return [...error.message.matchAll(/'([a-z][a-z0-9_]{0,63})'/g)].map((match) => match[1] ?? '');
}

/** The refusal in the agent's words, with the fields' labels: what to fill in before solving. */
export function missingRequiredProblem(error: ApiProblem, keys: readonly string[], fields: readonly CustomField[]): ApiProblem {
  const labels = keys.map((key) => fields.find((field) => field.key === key)?.label ?? key);
  const list = labels.length === 1 ? labels[0] : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
  return new ApiProblem(error.status, {
    code: 'required-field-missing',
    detail: `Fill in ${list} first: a ticket is solved or closed only when its required fields have a value.`,
  });
}
