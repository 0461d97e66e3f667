import { Button } from '@/components/ui/Button';
import type { ChangeLine } from '../api/macroChanges';

export interface MacroPreviewProps {
  name: string;
  changes: readonly ChangeLine[];
  hasText: boolean;
  applying: boolean;
  onApply: () => void;
  onRemove: () => void;
}

/** What the applied macro will change, shown before anything is sent; the text is in the composer for review. */
export function MacroPreview({ name, changes, hasText, applying, onApply, onRemove }: MacroPreviewProps) {
  return (
    <section aria-label={`Macro ${name}`} className="mx-3 my-2 rounded-md border border-accent/40 bg-accent-soft/40 p-2 text-sm">
      <div className="flex flex-wrap items-center gap-2">
        <p className="font-medium text-ink">
          Macro: <span>{name}</span>
        </p>
        <span className="text-xs text-muted">
          {changes.length === 0 ? 'Changes no property.' : hasText ? 'These changes apply when you send.' : 'Nothing is changed until you apply.'}
        </span>
        <div className="ml-auto flex gap-1">
          {!hasText && changes.length > 0 && (
            <Button size="sm" variant="primary" isDisabled={applying} onPress={onApply}>
              {applying ? 'Applying…' : 'Apply changes'}
            </Button>
          )}
          <Button size="sm" variant="ghost" onPress={onRemove}>
            Remove macro
          </Button>
        </div>
      </div>
      {changes.length > 0 && (
        <ul aria-label="Property changes" className="mt-1 flex flex-wrap gap-x-4 gap-y-0.5 text-xs">
          {changes.map((change) => (
            <li key={change.label} className="text-muted">
              {change.label} → <span className="font-medium text-ink">{change.value}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
