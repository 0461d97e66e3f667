import type { Macro } from '@/api/macros';
import { Button } from '@/components/ui/Button';

export interface MacroListProps {
  label: string;
  macros: readonly Macro[];
  /** Whether the caller may edit and delete this one. */
  canChange: (macro: Macro) => boolean;
  onEdit: (macro: Macro) => void;
  onDelete: (macro: Macro) => void;
}

function summary(macro: Macro): string {
  const actions = macro.actions ?? {};
  const parts: string[] = [];
  if (actions.status) parts.push(`status ${actions.status}`);
  if (actions.priority) parts.push(`priority ${actions.priority}`);
  if (actions.type) parts.push(`type ${actions.type}`);
  if (actions.assigneeId) parts.push(actions.assigneeId === 'current-agent' ? 'assign to whoever applies it' : 'assign');
  if (actions.teamId) parts.push('team');
  if (actions.addTags?.length) parts.push(`+${actions.addTags.join(' +')}`);
  if (actions.removeTags?.length) parts.push(`−${actions.removeTags.join(' −')}`);
  if (actions.customFields && Object.keys(actions.customFields).length > 0) parts.push('custom fields');
  if (actions.message) parts.push(actions.message.kind === 'internal-note' ? 'internal note' : 'reply');
  return parts.length > 0 ? parts.join(' · ') : 'does nothing yet';
}

/** Macros with what each does, and edit and delete for those the caller may change. */
export function MacroList({ label, macros, canChange, onEdit, onDelete }: MacroListProps) {
  return (
    <ul aria-label={label} className="divide-y divide-line rounded-lg border border-line bg-surface">
      {macros.map((macro) => (
        <li key={macro.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-4 py-3">
          <div className="min-w-0 flex-1">
            <p className="flex items-center gap-2 font-medium">
              <span className="truncate">{macro.name}</span>
              <span className="rounded bg-raised px-1.5 text-xs font-normal text-muted">{macro.shared ? 'shared' : 'personal'}</span>
            </p>
            {macro.description && <p className="text-sm text-muted">{macro.description}</p>}
            <p className="text-xs text-muted">{summary(macro)}</p>
          </div>
          {canChange(macro) && (
            <div className="flex gap-1">
              <Button size="sm" onPress={() => onEdit(macro)} aria-label={`Edit ${macro.name}`}>Edit</Button>
              <Button size="sm" variant="ghost" onPress={() => onDelete(macro)} aria-label={`Delete ${macro.name}`}>Delete</Button>
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
