import { useState } from 'react';
import { Input, Label, ListBox, ListBoxItem, SearchField } from 'react-aria-components';
import { ApiProblem } from '@/api/problem';
import { Button } from '@/components/ui/Button';
import { Modal } from '@/components/ui/Modal';
import { Spinner } from '@/components/ui/Spinner';
import { mergeTickets, type TicketCandidate, useAfterLinkedWrite, useMergeCandidates } from '../api/merge';
import type { TicketDetail } from '../api/ticket';

export interface MergeDialogProps {
  /** The ticket to merge away (it closes as merged into the one picked). */
  ticket: TicketDetail;
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  /** After the merge: the survivor's id, to go there. */
  onMerged?: (survivorId: string) => void;
}

function failure(error: unknown): string {
  if (error instanceof ApiProblem && error.code === 'version-conflict') {
    return 'One of the two tickets changed since you looked at it. Nothing was merged; check both and try again.';
  }
  return error instanceof Error ? error.message : 'The tickets could not be merged.';
}

/**
 * "Merge into…": find the ticket that stays by number or subject, read exactly what the merge does, confirm. Both
 * tickets change together or neither does; the merge can be undone from this ticket.
 */
export function MergeDialog({ ticket, isOpen, onOpenChange, onMerged }: MergeDialogProps) {
  const [text, setText] = useState('');
  const [survivor, setSurvivor] = useState<TicketCandidate | undefined>();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const candidates = useMergeCandidates(ticket, text);
  const afterWrite = useAfterLinkedWrite();
  const messages = ticket.messages?.length ?? 0;

  const close = (open: boolean) => {
    if (!open) {
      setText('');
      setSurvivor(undefined);
      setError(undefined);
    }
    onOpenChange(open);
  };

  const merge = async () => {
    if (!survivor) return;
    setPending(true);
    setError(undefined);
    try {
      const done = await mergeTickets(survivor, ticket);
      await afterWrite([
        [done.survivorId, done.survivorVersion],
        [done.mergedTicketId, done.mergedTicketVersion],
      ]);
      close(false);
      onMerged?.(done.survivorId ?? survivor.id!);
    } catch (e) {
      setError(failure(e));
    } finally {
      setPending(false);
    }
  };

  return (
    <Modal title={`Merge #${ticket.number} into another ticket`} isOpen={isOpen} onOpenChange={close}>
      <div className="flex flex-col gap-3 text-sm">
        <SearchField value={text} onChange={setText} className="flex flex-col gap-1" autoFocus>
          <Label className="text-xs font-medium text-muted">Ticket to keep (number or subject)</Label>
          <Input
            placeholder="#1042 or printer"
            className="rounded-md border border-line bg-surface px-2 py-1.5 text-sm text-ink outline-none focus-visible:ring-2 focus-visible:ring-accent"
          />
        </SearchField>
        {candidates.isFetching && <Spinner label="Searching…" />}
        {candidates.isError && <p role="alert" className="text-danger">The search failed: {String(candidates.error)}</p>}
        {candidates.data && (
          <ListBox
            aria-label="Tickets to keep"
            selectionMode="single"
            selectedKeys={survivor?.id ? [survivor.id] : []}
            onSelectionChange={(keys) => {
              const [key] = keys === 'all' ? [] : [...keys];
              setSurvivor(candidates.data.find((item) => item.id === key));
            }}
            renderEmptyState={() => <p className="p-2 text-muted">No open ticket matches “{text}”.</p>}
            className="max-h-56 overflow-auto rounded-md border border-line"
            items={candidates.data}
          >
            {(item) => (
              <ListBoxItem
                id={item.id}
                textValue={`#${item.number} ${item.subject ?? ''}`}
                className="cursor-pointer px-2 py-1.5 outline-none hover:bg-raised focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-accent data-[selected]:bg-accent-soft data-[selected]:font-medium"
              >
                <span className="tabular-nums text-muted">#{item.number}</span> {item.subject}
                <span className="block text-xs text-muted">
                  {item.requester?.name ?? 'Erased customer'} · {item.status?.key}
                </span>
              </ListBoxItem>
            )}
          </ListBox>
        )}
        {survivor && (
          <div aria-label="What the merge does" className="rounded-md border border-line bg-raised p-3">
            <p className="font-semibold">
              Merge #{ticket.number} into #{survivor.number}?
            </p>
            <ul className="mt-1 list-disc space-y-0.5 pl-5">
              <li>
                #{ticket.number} closes as merged and points to #{survivor.number}.
              </li>
              <li>
                Its {messages === 1 ? 'message' : `${messages} messages`} show in #{survivor.number}’s conversation, marked as
                coming from #{ticket.number}; its own history stays as it is.
              </li>
              <li>A customer writing to #{ticket.number} lands on #{survivor.number}; the customer sees “your request was joined with #{survivor.number}”.</li>
              <li>Both tickets’ histories record the merge. You can undo it from #{ticket.number}.</li>
            </ul>
            {survivor.requester?.id !== ticket.requester?.id && (
              <p role="alert" className="mt-2 text-danger">
                Only tickets of the same requester can be merged: #{survivor.number} belongs to someone else.
              </p>
            )}
          </div>
        )}
        {error && (
          <p role="alert" className="rounded-md border border-danger/50 p-2 text-danger">
            {error}
          </p>
        )}
        <div className="flex justify-end gap-2">
          <Button onPress={() => close(false)}>Cancel</Button>
          <Button
            variant="primary"
            isDisabled={!survivor || pending || survivor.requester?.id !== ticket.requester?.id}
            onPress={() => void merge()}
          >
            {pending ? 'Merging…' : survivor ? `Merge into #${survivor.number}` : 'Merge'}
          </Button>
        </div>
      </div>
    </Modal>
  );
}
