import { useState } from 'react';
import type { QueueFilters, QueueSort } from '@/api/keys';
import { messageOf } from '@/api/problem';
import { Button } from '@/components/ui/Button';
import { Modal } from '@/components/ui/Modal';
import { fromQueueFilters, useCreateView } from '../api/savedViews';

export interface SaveViewButtonProps {
  filters: QueueFilters;
  columns: string[];
  sort: QueueSort;
  /** Admins may share views with everyone. */
  canShare: boolean;
  onSaved: (viewId: string) => void;
}

/** Saves what the queue shows now (filters, columns, sort) as a personal or shared view. */
export function SaveViewButton({ filters, columns, sort, canShare, onSaved }: SaveViewButtonProps) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [shared, setShared] = useState(false);
  const create = useCreateView();
  const save = () =>
    create.mutate(
      { name: name.trim(), shared, filters: fromQueueFilters(filters), columns, sort },
      {
        onSuccess: (view) => {
          setOpen(false);
          setName('');
          onSaved(view.id ?? '');
        },
      },
    );
  return (
    <>
      <Button onPress={() => setOpen(true)}>Save as view</Button>
      <Modal title="Save as view" isOpen={open} onOpenChange={setOpen}>
        <form className="flex flex-col gap-3" onSubmit={(event) => {
          event.preventDefault();
          if (name.trim()) save();
        }}>
          <label className="flex flex-col gap-1 text-sm font-medium">
            Name
            <input autoFocus value={name} onChange={(e) => setName(e.target.value)} maxLength={100}
              className="rounded-md border border-line bg-surface px-2 py-1.5 font-normal" />
          </label>
          {canShare && (
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={shared} onChange={(e) => setShared(e.target.checked)} className="size-4" />
              Share with everyone
            </label>
          )}
          <p className="text-xs text-muted">Saves the current filters, quick filters, columns and sort.</p>
          {create.isError && <p role="alert" className="text-sm text-danger">{messageOf(create.error)}</p>}
          <div className="flex justify-end gap-2">
            <Button onPress={() => setOpen(false)}>Cancel</Button>
            <Button variant="primary" type="submit" isDisabled={!name.trim() || create.isPending}>Save</Button>
          </div>
        </form>
      </Modal>
    </>
  );
}
