import { useEffect, useId, useState } from 'react';
import { type CustomField, fieldValueError } from '../api/customFields';

export interface CustomFieldControlProps {
  field: CustomField;
  values: readonly string[];
  disabled?: boolean;
  /** The server refused to solve the ticket because this required field has no value. */
  missing?: boolean;
  /** A new value: a string, true/false, a list for multi-select, or null to clear. */
  onCommit: (value: string | boolean | string[] | null) => void;
}

const INPUT = 'w-full rounded-md border border-line bg-surface px-2 py-1.5 text-sm text-ink focus:outline-none focus-visible:ring-2 focus-visible:ring-accent aria-[invalid=true]:border-danger disabled:opacity-60';
const LABEL = 'text-xs font-medium text-muted';

/**
 * One custom field with the input its type calls for, checked as the server checks it before it is sent. A required
 * field says so in its label (it needs a value before the ticket is solved or closed).
 */
export function CustomFieldControl({ field, values, disabled, missing = false, onCommit }: CustomFieldControlProps) {
  const id = useId();
  const required = field.required === true && field.active !== false;
  const label = (field.label ?? field.key ?? '') + (required ? ' (required to solve)' : '');
  const current = values[0] ?? '';
  const [text, setText] = useState(current);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setText(current);
    setError(null);
  }, [current]);

  if (field.type === 'checkbox') {
    return (
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" disabled={disabled} checked={current === 'true'} aria-invalid={missing || undefined} onChange={(event) => onCommit(event.target.checked)} className="size-4 accent-accent" />
        {label}
      </label>
    );
  }
  if (field.type === 'dropdown') {
    return (
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className={LABEL}>
          {label}
        </label>
        <select id={id} disabled={disabled} value={current} aria-invalid={missing || undefined} onChange={(event) => onCommit(event.target.value === '' ? null : event.target.value)} className={INPUT}>
          <option value="">—</option>
          {(field.options ?? []).map((option) => (
            <option key={option.key} value={option.key}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    );
  }
  if (field.type === 'multi-select') {
    const chosen = new Set(values);
    return (
      <fieldset className="flex flex-col gap-1" disabled={disabled} aria-invalid={missing || undefined}>
        <legend className={`${LABEL} mb-1`}>{label}</legend>
        <div className="flex flex-wrap gap-x-3 gap-y-1">
          {(field.options ?? []).map((option) => (
            <label key={option.key} className="flex items-center gap-1.5 text-sm">
              <input
                type="checkbox"
                checked={chosen.has(option.key ?? '')}
                onChange={(event) => {
                  const next = new Set(chosen);
                  if (event.target.checked) next.add(option.key ?? '');
                  else next.delete(option.key ?? '');
                  onCommit(next.size === 0 ? null : (field.options ?? []).map((o) => o.key ?? '').filter((key) => next.has(key)));
                }}
                className="size-4 accent-accent"
              />
              {option.label}
            </label>
          ))}
        </div>
      </fieldset>
    );
  }

  const commit = () => {
    if (text === current) {
      return;
    }
    const problem = fieldValueError(field, text);
    setError(problem);
    if (problem === null) {
      onCommit(text.trim() === '' ? null : field.type === 'text' || field.type === 'regex' ? text : text.trim());
    }
  };
  const inputType = field.type === 'date' ? 'date' : 'text';
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className={LABEL}>
        {label}
      </label>
      <input
        id={id}
        type={inputType}
        inputMode={field.type === 'number' ? 'numeric' : field.type === 'decimal' ? 'decimal' : undefined}
        disabled={disabled}
        value={text}
        aria-invalid={error !== null || missing}
        aria-describedby={error ? `${id}-error` : undefined}
        placeholder={field.type === 'regex' ? field.pattern : undefined}
        onChange={(event) => {
          setText(event.target.value);
          if (error) setError(fieldValueError(field, event.target.value));
        }}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
          if (event.key === 'Escape') {
            setText(current);
            setError(null);
          }
        }}
        className={INPUT}
      />
      {error && (
        <p id={`${id}-error`} className="text-xs text-danger">
          {error}
        </p>
      )}
    </div>
  );
}
