import { Button } from '@/components/ui/Button';
import { TextInput } from '@/components/ui/TextInput';
import type { FieldOption } from '../api/directory';

export interface OptionsEditorProps {
  options: FieldOption[];
  onChange: (options: FieldOption[]) => void;
}

/** The choices of a dropdown or multi-select field: a stable key each, and a label people see. */
export function OptionsEditor({ options, onChange }: OptionsEditorProps) {
  const set = (index: number, change: Partial<FieldOption>) =>
    onChange(options.map((option, i) => (i === index ? { ...option, ...change } : option)));
  return (
    <fieldset className="flex basis-full flex-col gap-2">
      <legend className="mb-1 text-xs font-medium text-muted">Options</legend>
      {options.map((option, index) => (
        <div key={index} className="flex flex-wrap items-end gap-2">
          <TextInput label={`Option ${index + 1} label`} value={option.label ?? ''} onChange={(label) => set(index, { label })} className="min-w-40 flex-1" />
          <TextInput label={`Option ${index + 1} key`} value={option.key ?? ''} onChange={(key) => set(index, { key })} className="min-w-32 flex-1" />
          <Button size="sm" className="mb-1" aria-label={`Remove option ${index + 1}`}
            onPress={() => onChange(options.filter((_, i) => i !== index))}>Remove</Button>
        </div>
      ))}
      <div>
        <Button size="sm" onPress={() => onChange([...options, { key: '', label: '' }])}>Add option</Button>
      </div>
    </fieldset>
  );
}

/** A key made from a label, for people who do not want to think of one: "Gold plan" → "gold_plan". */
export function keyFromLabel(label: string, separator: '_' | '-'): string {
  return label.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, separator)
    .replace(new RegExp(`^[${separator}0-9]+|[${separator}]+$`, 'g'), '').slice(0, 64);
}
