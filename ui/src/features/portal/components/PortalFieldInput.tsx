import { useId } from 'react';
import type { Schemas } from '@/api/client';

export type CustomField = Schemas['CustomFieldView'];
export type FieldValue = string | boolean | string[];

export interface PortalFieldInputProps {
  field: CustomField;
  value: FieldValue | undefined;
  error: string | undefined;
  onChange: (value: FieldValue | undefined) => void;
}

export const INPUT =
  'w-full rounded-md border border-line bg-surface px-3 py-2 text-base text-ink sm:text-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-accent aria-[invalid=true]:border-danger';
export const LABEL = 'text-sm font-medium text-ink';

const HINTS: Partial<Record<string, string>> = {
  number: 'A whole number.',
  decimal: 'A number; decimals are fine.',
  date: 'A date.',
};

/** Whether a value counts as given for a required field (a required checkbox must be ticked). */
export function hasValue(value: FieldValue | undefined): boolean {
  return value !== undefined && value !== '' && value !== false && !(Array.isArray(value) && value.length === 0);
}

/** The marker after a required field's label; screen readers hear aria-required (or the group's name) instead. */
function RequiredMark() {
  return (
    <span className="ml-1 font-normal text-danger" aria-hidden="true">
      * <span className="text-muted">(required)</span>
    </span>
  );
}

/**
 * One customer-visible custom field with the input its type calls for; the server's verdict shows beneath it. A
 * required field is marked in its label and with aria-required.
 */
export function PortalFieldInput({ field, value, error, onChange }: PortalFieldInputProps) {
  const id = useId();
  const label = field.label ?? field.key ?? '';
  const required = field.required === true;
  const mark = required ? <RequiredMark /> : null;
  const hint = field.type === 'regex' ? (field.pattern ? `Format: ${field.pattern}` : undefined) : HINTS[field.type ?? ''];
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const messages = (
    <>
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm text-danger">
          {error}
        </p>
      )}
    </>
  );

  if (field.type === 'checkbox') {
    return (
      <div className="flex flex-col gap-1">
        <label className="flex min-h-11 items-center gap-3 text-sm font-medium sm:min-h-0">
          <input
            type="checkbox"
            checked={value === true}
            aria-required={required || undefined}
            aria-invalid={error !== undefined}
            aria-describedby={describedBy}
            onChange={(event) => onChange(event.target.checked)}
            className="size-5 accent-accent"
          />
          {label}
          {mark}
        </label>
        {messages}
      </div>
    );
  }
  if (field.type === 'multi-select') {
    const chosen = new Set(Array.isArray(value) ? value : []);
    return (
      <fieldset className="flex flex-col gap-1" aria-describedby={describedBy} aria-invalid={error !== undefined || undefined}>
        <legend className={`${LABEL} mb-1`}>
          {label}
          {mark}
          {required && <span className="sr-only"> (required: choose at least one)</span>}
        </legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {(field.options ?? []).map((option) => (
            <label key={option.key} className="flex min-h-11 items-center gap-2 text-sm sm:min-h-0">
              <input
                type="checkbox"
                checked={chosen.has(option.key ?? '')}
                onChange={(event) => {
                  const next = new Set(chosen);
                  if (event.target.checked) next.add(option.key ?? '');
                  else next.delete(option.key ?? '');
                  const ordered = (field.options ?? []).map((o) => o.key ?? '').filter((key) => next.has(key));
                  onChange(ordered.length > 0 ? ordered : undefined);
                }}
                className="size-5 accent-accent"
              />
              {option.label}
            </label>
          ))}
        </div>
        {messages}
      </fieldset>
    );
  }
  const text = typeof value === 'string' ? value : '';
  const set = (next: string) => onChange(next === '' ? undefined : next);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className={LABEL}>
        {label}
        {mark}
      </label>
      {field.type === 'dropdown' ? (
        <select id={id} value={text} aria-required={required || undefined} aria-invalid={error !== undefined} aria-describedby={describedBy} onChange={(event) => set(event.target.value)} className={INPUT}>
          <option value="">Choose…</option>
          {(field.options ?? []).map((option) => (
            <option key={option.key} value={option.key}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          type={field.type === 'date' ? 'date' : 'text'}
          inputMode={field.type === 'number' ? 'numeric' : field.type === 'decimal' ? 'decimal' : undefined}
          value={text}
          aria-required={required || undefined}
          aria-invalid={error !== undefined}
          aria-describedby={describedBy}
          onChange={(event) => set(event.target.value)}
          className={INPUT}
        />
      )}
      {messages}
    </div>
  );
}
