import { Button } from '@/components/ui/Button';
import { Modal } from '@/components/ui/Modal';
import type { PropertyDifference } from './propertyDiff';

export interface ConflictDialogProps {
  isOpen: boolean;
  meanwhile: PropertyDifference[];
  busy: boolean;
  onReapply: () => void;
  onKeepTheirs: () => void;
}

/** A 409: someone changed the ticket since the agent loaded it. Show what, and let the agent choose. */
export function ConflictDialog({ isOpen, meanwhile, busy, onReapply, onKeepTheirs }: ConflictDialogProps) {
  return (
    <Modal title="Someone else changed this ticket" isOpen={isOpen} onOpenChange={(open) => !open && onKeepTheirs()} isDismissable={false}>
      <p className="mb-3 text-sm">Your change was not applied, because the ticket changed after you opened it. Meanwhile:</p>
      {meanwhile.length === 0 ? (
        <p className="mb-3 text-sm text-muted">Only its conversation or history changed.</p>
      ) : (
        <table className="mb-4 w-full text-sm">
          <caption className="sr-only">Changed meanwhile</caption>
          <thead>
            <tr className="text-left text-xs text-muted">
              <th scope="col" className="py-1">Property</th>
              <th scope="col">When you looked</th>
              <th scope="col">Now</th>
            </tr>
          </thead>
          <tbody>
            {meanwhile.map((row) => (
              <tr key={row.field} className="border-t border-line">
                <th scope="row" className="py-1 text-left font-medium">{row.field}</th>
                <td className="text-muted line-through">{row.mine}</td>
                <td className="font-semibold">{row.theirs}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="flex justify-end gap-2">
        <Button onPress={onKeepTheirs} isDisabled={busy}>Keep their version</Button>
        <Button variant="primary" onPress={onReapply} isDisabled={busy}>{busy ? 'Applying…' : 'Re-apply my change'}</Button>
      </div>
    </Modal>
  );
}
