import { useState } from 'react';
import { Checkbox, CheckboxGroup, Input, Label, TextField } from 'react-aria-components';
import { ApiProblem } from '@/api/problem';
import { Button } from '@/components/ui/Button';
import { Modal } from '@/components/ui/Modal';
import { splitTicket, useAfterLinkedWrite } from '../api/merge';
import type { Message, TicketDetail } from '../api/ticket';

export interface SplitDialogProps {
  ticket: TicketDetail;
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  /** After the split: the new ticket's id, to go there. */
  onSplit?: (newTicketId: string) => void;
}

const KIND_LABELS: Record<string, string> = {
  description: 'Request',
  'customer-message': 'Customer message',
  'public-reply': 'Public reply',
  'internal-note': 'Internal note',
};

/** Messages that can move: this ticket's own (not those of merged tickets), not already moved. */
export function splittable(messages: readonly Message[]): Message[] {
  return messages.filter((message) => !message.origin && !message.movedTo);
}

function preview(message: Message): string {
  const text = message.body ?? '(erased)';
  return text.length > 90 ? `${text.slice(0, 90)}…` : text;
}

/** "Split…": choose messages that belong to another problem; they move into a new ticket for the same requester. */
export function SplitDialog({ ticket, isOpen, onOpenChange, onSplit }: SplitDialogProps) {
  const [chosen, setChosen] = useState<string[]>([]);
  const [subject, setSubject] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const afterWrite = useAfterLinkedWrite();
  const candidates = splittable(ticket.messages ?? []);
  const all = chosen.length > 0 && chosen.length >= (ticket.messages?.length ?? 0);

  const close = (open: boolean) => {
    if (!open) {
      setChosen([]);
      setSubject('');
      setError(undefined);
    }
    onOpenChange(open);
  };

  const split = async () => {
    setPending(true);
    setError(undefined);
    try {
      const done = await splitTicket(ticket, chosen, subject.trim());
      await afterWrite([
        [done.ticketId, done.version],
        [done.newTicketId, done.newVersion],
      ]);
      close(false);
      if (done.newTicketId) onSplit?.(done.newTicketId);
    } catch (e) {
      setError(e instanceof ApiProblem && e.code === 'version-conflict'
        ? 'This ticket changed since you opened it; nothing was split. Look again and retry.'
        : e instanceof Error ? e.message : 'The messages could not be split off.');
    } finally {
      setPending(false);
    }
  };

  return (
    <Modal title={`Split messages off #${ticket.number}`} isOpen={isOpen} onOpenChange={close}>
      <div className="flex flex-col gap-3 text-sm">
        <CheckboxGroup value={chosen} onChange={setChosen} className="flex flex-col gap-1">
          <Label className="text-xs font-medium text-muted">Messages to move</Label>
          {candidates.map((message) => (
            <Checkbox
              key={message.id}
              value={message.id ?? ''}
              className="group flex cursor-pointer items-start gap-2 rounded-md px-2 py-1.5 outline-none hover:bg-raised focus-visible:ring-2 focus-visible:ring-accent"
            >
              <span aria-hidden className="mt-0.5 grid size-4 shrink-0 place-items-center rounded border border-line bg-surface text-[0.6rem] text-transparent group-data-[selected]:bg-accent group-data-[selected]:text-accent-ink">
                ✓
              </span>
              <span>
                <span className="font-medium">{KIND_LABELS[message.kind ?? ''] ?? message.kind}</span>
                <span className="text-muted"> · {message.author?.name ?? 'Unknown'}</span>
                <span className="block text-muted">{preview(message)}</span>
              </span>
            </Checkbox>
          ))}
        </CheckboxGroup>
        <TextField value={subject} onChange={setSubject} isRequired className="flex flex-col gap-1">
          <Label className="text-xs font-medium text-muted">Subject of the new ticket</Label>
          <Input className="rounded-md border border-line bg-surface px-2 py-1.5 text-sm text-ink outline-none focus-visible:ring-2 focus-visible:ring-accent" />
        </TextField>
        <p className="rounded-md border border-line bg-raised p-3">
          {chosen.length === 0
            ? 'Choose the messages that belong to another problem.'
            : `A new ticket for ${ticket.requester?.name ?? 'the same requester'} starts with ${chosen.length === 1 ? 'this message' : `these ${chosen.length} messages`}. They stay in #${ticket.number}’s history, shown as moved, and both tickets link to each other.`}
        </p>
        {all && (
          <p role="alert" className="text-danger">
            At least one message must stay on #{ticket.number}.
          </p>
        )}
        {error && (
          <p role="alert" className="rounded-md border border-danger/50 p-2 text-danger">
            {error}
          </p>
        )}
        <div className="flex justify-end gap-2">
          <Button onPress={() => close(false)}>Cancel</Button>
          <Button variant="primary" isDisabled={chosen.length === 0 || all || subject.trim() === '' || pending} onPress={() => void split()}>
            {pending ? 'Splitting…' : 'Split into a new ticket'}
          </Button>
        </div>
      </div>
    </Modal>
  );
}
