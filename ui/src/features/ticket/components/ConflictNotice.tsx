import { Button } from '@/components/ui/Button';
import { diffTicket, touchedFields, type Vocabulary } from '../api/diff';
import type { PropertyConflict } from '../hooks/usePropertyEditor';

export interface ConflictNoticeProps {
  conflict: PropertyConflict;
  vocabulary: Vocabulary;
  pending: boolean;
  onReapply: () => void;
  onKeep: () => void;
}

const FIELD_LABELS: Record<string, string> = { status: 'Status', priority: 'Priority', type: 'Type', assigneeId: 'Assignee', teamId: 'Team', tags: 'Tags' };

function labelOf(field: string, vocabulary: Vocabulary): string {
  return FIELD_LABELS[field] ?? (field.startsWith('cf.') ? vocabulary.fieldLabel(field.slice(3)) : field);
}

/** A change that met someone else's: what they changed meanwhile, and the choice between mine and theirs. */
export function ConflictNotice({ conflict, vocabulary, pending, onReapply, onKeep }: ConflictNoticeProps) {
  const theirs = diffTicket(conflict.base, conflict.fresh, vocabulary);
  const mine = new Set(touchedFields(conflict.mine));
  const overlapping = theirs.filter((diff) => mine.has(diff.field));
  const newMessages = (conflict.fresh.messages?.length ?? 0) - (conflict.base.messages?.length ?? 0);
  return (
    <div role="alert" aria-labelledby="conflict-title" className="rounded-md border border-note-line bg-note p-3 text-sm text-note-ink">
      <p id="conflict-title" className="font-semibold">
        Someone changed this ticket meanwhile
      </p>
      <p className="mt-0.5 text-xs">Your change was not applied. Since you opened it (version {conflict.base.version} → {conflict.fresh.version}):</p>
      <ul aria-label="Changed meanwhile" className="mt-2 space-y-0.5">
        {theirs.map((diff) => (
          <li key={diff.field} className={mine.has(diff.field) ? 'font-semibold' : undefined}>
            {labelOf(diff.field, vocabulary)}: <span className="line-through opacity-75">{diff.before}</span> → {diff.after}
            {mine.has(diff.field) && <span className="ml-1 text-xs font-normal">(you changed this too)</span>}
          </li>
        ))}
        {newMessages > 0 && <li>{newMessages === 1 ? 'A new message' : `${newMessages} new messages`} in the conversation</li>}
        {theirs.length === 0 && newMessages <= 0 && <li>Nothing you see here (a change elsewhere on the ticket)</li>}
      </ul>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button size="sm" variant="primary" isDisabled={pending} onPress={onReapply}>
          {overlapping.length > 0 ? 'Apply mine instead' : 'Apply mine as well'}
        </Button>
        <Button size="sm" isDisabled={pending} onPress={onKeep}>
          Keep theirs
        </Button>
      </div>
    </div>
  );
}
