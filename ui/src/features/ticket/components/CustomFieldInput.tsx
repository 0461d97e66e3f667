import { useEffect, useId, useState } from 'react';
import type { Schemas } from '@/api/client';

export interface CustomFieldInputProps {
  field: Schemas['CustomFieldView'];
  /** The field's values as the ticket holds them (one, or several for multi-select). */
  value: string[];
  disabled: boolean;
  onChange: (value: unknown) => void;
}

const INPUT = 'rounded-md border border-line bg-surface px-2 py-1.5 text-sm text-ink disabled:opacity-60';

/** The input that fits the field's type; text-like fields apply on blur or Enter. */
export function CustomFieldInput({ field, value, disabled, onChange }: CustomFieldInputProps) {
  const id = useId();
  const current = value[0] ?? '';
  const [text, setText] = useState(current);
  useEffect(() => setText(current), [current]);
  const label = <label htmlFor={id} className="text-xs font-medium text-muted">{field.label}</label>;
  const commit = () => {
    if (text === current) return;
    if (text === '') onChange(null);
    else if (field.type === 'number') onChange(Number.parseInt(text, 10));
    else if (field.type === 'decimal') onChange(Number.parseFloat(text));
    else onChange(text);
  };

  switch (field.type) {
    case 'checkbox':
      return (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={current === 'true'} disabled={disabled} onChange={(e) => onChange(e.target.checked)} className="size-4" />
          {field.label}
        </label>
      );
    case 'dropdown':
      return (
        <div className="flex flex-col gap-1">
          {label}
          <select id={id} value={current} disabled={disabled} onChange={(e) => onChange(e.target.value || null)} className={INPUT}>
            <option value="">—</option>
            {(field.options ?? []).map((o) => <option key={o.key} value={o.key}>{o.label}</option>)}
          </select>
        </div>
      );
    case 'multi-select':
      return (
        <fieldset className="flex flex-col gap-1">
          <legend className="text-xs font-medium text-muted">{field.label}</legend>
          {(field.options ?? []).map((o) => (
            <label key={o.key} className="flex items-center gap-2 text-sm">
              <input type="checkbox" className="size-4" disabled={disabled} checked={value.includes(o.key ?? '')}
                onChange={(e) => onChange(e.target.checked ? [...value, o.key] : value.filter((v) => v !== o.key))} />
              {o.label}
            </label>
          ))}
        </fieldset>
      );
    default: {
      const type = field.type === 'number' || field.type === 'decimal' ? 'number' : field.type === 'date' ? 'date' : 'text';
      return (
        <div className="flex flex-col gap-1">
          {label}
          <input id={id} type={type} value={text} disabled={disabled} pattern={field.type === 'regex' ? field.pattern : undefined}
            step={field.type === 'decimal' ? 'any' : undefined} className={INPUT}
            onChange={(e) => setText(e.target.value)} onBlur={commit}
            onKeyDown={(e) => { if (e.key === 'Enter') commit(); }} />
        </div>
      );
    }
  }
}
