import { useState } from 'react';
import type { Macro } from '@/api/macros';
import { Button } from '@/components/ui/Button';
import { ErrorState } from '@/components/ui/ErrorState';
import { Modal } from '@/components/ui/Modal';
import { useDeleteMacro, useSaveMacro } from '../api/macros';
import { MacroForm } from './MacroForm';

export interface MacroEditorProps {
  /** The macro being edited; undefined for a new one; null when no form is open. */
  editing: Macro | undefined | null;
  deleting: Macro | null;
  shared: boolean;
  onClose: () => void;
}

/** The form for a new or changed macro, and the confirmation before one is deleted, as dialogs. */
export function MacroEditor({ editing, deleting, shared, onClose }: MacroEditorProps) {
  const save = useSaveMacro();
  const remove = useDeleteMacro();
  const [formKey, setFormKey] = useState(0);
  const close = () => {
    save.reset();
    remove.reset();
    setFormKey(formKey + 1);
    onClose();
  };
  return (
    <>
      <Modal title={editing ? `Edit ${editing.name}` : 'New macro'} isOpen={editing !== null} onOpenChange={(open) => !open && close()}>
        <MacroForm
          key={`${editing?.id ?? 'new'}-${formKey}`}
          macro={editing ?? undefined}
          shared={editing?.shared ?? shared}
          saving={save.isPending}
          error={save.error}
          onCancel={close}
          onSave={(request) => save.mutate({ id: editing?.id, request }, { onSuccess: close })}
        />
      </Modal>
      <Modal title={`Delete ${deleting?.name ?? 'macro'}?`} isOpen={deleting !== null} onOpenChange={(open) => !open && close()}>
        <p className="text-sm">
          The macro goes away for {deleting?.shared ? 'every agent' : 'you'}. Tickets it was applied to keep their history, which still names it.
        </p>
        {Boolean(remove.error) && <ErrorState title="Not deleted" error={remove.error} />}
        <div className="mt-4 flex justify-end gap-2">
          <Button variant="ghost" onPress={close}>Cancel</Button>
          <Button variant="danger" isDisabled={remove.isPending} onPress={() => deleting?.id && remove.mutate(deleting.id, { onSuccess: close })}>
            {remove.isPending ? 'Deleting…' : 'Delete macro'}
          </Button>
        </div>
      </Modal>
    </>
  );
}
