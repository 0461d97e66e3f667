import { type FormEvent, useId, useState } from 'react';
import { MessageAttachments } from '@/components/attachments/MessageAttachments';
import { Badge } from '@/components/ui/Badge';
import { Button } from '@/components/ui/Button';
import { fieldError, FormProblem } from '@/components/ui/FormProblem';
import { RelativeTime } from '@/components/ui/RelativeTime';
import { TextInput } from '@/components/ui/TextInput';
import {
  addressesOf,
  closeSideConversation,
  lastRecipientsOf,
  peopleOf,
  sendSideMessage,
  type SideConversation,
  type SideMessage,
  startSideConversation,
} from '../api/sideConversations';
import { useAfterWrite } from '../api/ticket';
import { MessageBody } from './MessageBody';

export interface SideConversationsPanelProps {
  ticketId: string;
  conversations: readonly SideConversation[];
  /** Agent id → name, for authors named by id only. */
  agentNames?: ReadonlyMap<string, string>;
  /** Without writing (the ticket as it was, a closed ticket) the threads are shown only. */
  canWrite: boolean;
}

/** As long as a subject may be (the server's limit). */
const SUBJECT_MAX = 250;

/** Runs one write at a time: its pending state and the server's refusal, for the form that sent it. */
function useWrite(ticketId: string) {
  const afterWrite = useAfterWrite(ticketId);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async (send: () => Promise<number>): Promise<boolean> => {
    setPending(true);
    setError(null);
    try {
      await afterWrite(await send());
      return true;
    } catch (failure) {
      setError(failure);
      return false;
    } finally {
      setPending(false);
    }
  };
  return { pending, error, run };
}

function authorOf(message: SideMessage, agentNames?: ReadonlyMap<string, string>): string {
  if (message.direction === 'in') {
    const from = message.from;
    return from?.name && from.email ? `${from.name} <${from.email}>` : (from?.email ?? from?.name ?? 'Erased contact');
  }
  const id = message.author?.id ?? '';
  return message.author?.name ?? agentNames?.get(id) ?? (message.author?.type === 'agent' ? 'An agent' : 'An integration');
}

function recipientsOf(message: SideMessage): string {
  return (message.to ?? []).map((person) => person.email ?? person.name ?? 'erased contact').join(', ');
}

/**
 * Threads by mail with people outside the ticket (a vendor, another department), agents only: each with its messages
 * both ways, a reply box and a close button; and a form to start one. Nothing here ever reaches the customer.
 */
export function SideConversationsPanel({ ticketId, conversations, agentNames, canWrite }: SideConversationsPanelProps) {
  const id = useId();
  const [starting, setStarting] = useState(false);
  return (
    <section aria-labelledby={`${id}-title`} className="flex flex-col gap-3">
      <div className="flex flex-wrap items-start gap-2">
        <div className="min-w-0 flex-1">
          <h2 id={`${id}-title`} className="text-sm font-semibold">
            Side conversations
          </h2>
          <p className="text-xs text-muted">Ask people outside this ticket by mail. Only agents see these threads; the customer never does.</p>
        </div>
        {canWrite && !starting && (
          <Button size="sm" onPress={() => setStarting(true)}>
            New side conversation
          </Button>
        )}
      </div>
      {starting && <StartForm ticketId={ticketId} onDone={() => setStarting(false)} />}
      {conversations.length === 0 && !starting && (
        <p className="rounded-md border border-dashed border-line px-3 py-4 text-center text-sm text-muted">
          No side conversations yet.{canWrite ? ' Start one to ask a vendor or another team about this ticket.' : ''}
        </p>
      )}
      {[...conversations].reverse().map((conversation) => (
        <Thread key={conversation.id} ticketId={ticketId} conversation={conversation} agentNames={agentNames} canWrite={canWrite} />
      ))}
    </section>
  );
}

function StartForm({ ticketId, onDone }: { ticketId: string; onDone: () => void }) {
  const id = useId();
  const write = useWrite(ticketId);
  const [to, setTo] = useState('');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [missing, setMissing] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const addresses = addressesOf(to);
    const lacking = addresses.length === 0 ? 'to' : subject.trim() === '' ? 'subject' : body.trim() === '' ? 'body' : null;
    setMissing(lacking);
    if (lacking) return;
    if (await write.run(() => startSideConversation(ticketId, { subject: subject.trim(), body, to: addresses }))) onDone();
  };
  const bodyError = missing === 'body' ? 'Write the message.' : fieldError(write.error, 'body');
  return (
    <form aria-label="New side conversation" noValidate onSubmit={(event) => void submit(event)} className="flex flex-col gap-2 rounded-lg border border-note-line bg-note/40 p-3">
      <TextInput
        label="To"
        hint="One or more addresses, separated by commas."
        value={to}
        onChange={(value) => {
          setTo(value);
          if (missing === 'to') setMissing(null);
        }}
        autoComplete="off"
        spellCheck={false}
        placeholder="parts@vendor.example"
        error={missing === 'to' ? 'Name at least one address.' : (fieldError(write.error, 'to') ?? fieldError(write.error, 'to[0]'))}
      />
      <TextInput
        label="Subject"
        value={subject}
        onChange={(value) => {
          setSubject(value);
          if (missing === 'subject') setMissing(null);
        }}
        maxLength={SUBJECT_MAX}
        error={missing === 'subject' ? 'Give the thread a subject.' : fieldError(write.error, 'subject')}
      />
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-body`} className="text-xs font-medium text-muted">
          Message
        </label>
        <textarea
          id={`${id}-body`}
          rows={4}
          value={body}
          onChange={(event) => {
            setBody(event.target.value);
            if (missing === 'body') setMissing(null);
          }}
          aria-invalid={bodyError ? true : undefined}
          aria-describedby={bodyError ? `${id}-body-error` : undefined}
          className={`rounded-md border bg-surface px-2 py-1.5 text-sm text-ink focus:outline-none focus-visible:ring-2 focus-visible:ring-accent ${bodyError ? 'border-danger' : 'border-line'}`}
        />
        {bodyError && <p id={`${id}-body-error`} className="text-xs font-medium text-danger">{bodyError}</p>}
      </div>
      <FormProblem error={write.error} shownFields={['to', 'subject', 'body']} />
      <div className="flex justify-end gap-2">
        <Button size="sm" onPress={onDone} isDisabled={write.pending}>
          Cancel
        </Button>
        <Button type="submit" size="sm" variant="primary" isDisabled={write.pending}>
          {write.pending ? 'Sending…' : 'Send'}
        </Button>
      </div>
    </form>
  );
}

function Thread({ ticketId, conversation, agentNames, canWrite }: {
  ticketId: string;
  conversation: SideConversation;
  agentNames?: ReadonlyMap<string, string>;
  canWrite: boolean;
}) {
  const id = useId();
  const write = useWrite(ticketId);
  const [reply, setReply] = useState('');
  const conversationId = conversation.id ?? '';
  const subject = conversation.subject ?? 'Erased subject';
  const open = conversation.state === 'open';
  const people = peopleOf(conversation);
  const recipients = lastRecipientsOf(conversation);
  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (reply.trim() === '') return;
    if (await write.run(() => sendSideMessage(ticketId, conversationId, reply))) setReply('');
  };
  return (
    <article aria-label={`Side conversation: ${subject}`} className="flex flex-col gap-2 rounded-lg border border-line bg-surface p-3 shadow-xs">
      <header className="flex flex-wrap items-start gap-2">
        <div className="min-w-0 flex-1">
          <h3 className="break-words text-sm font-semibold">{subject}</h3>
          <p className="break-words text-xs text-muted">With {people.join(', ') || 'no one'}</p>
        </div>
        <Badge tone={open ? 'accent' : 'neutral'}>{open ? 'Open' : 'Closed'}</Badge>
        {canWrite && open && (
          <Button size="sm" isDisabled={write.pending} onPress={() => void write.run(() => closeSideConversation(ticketId, conversationId))}>
            Close
          </Button>
        )}
      </header>
      <ol aria-label={`Messages of ${subject}`} className="flex flex-col gap-2">
        {(conversation.messages ?? []).map((message) => {
          const inbound = message.direction === 'in';
          const author = authorOf(message, agentNames);
          return (
            <li key={message.id} className={inbound ? 'sm:pr-8' : 'sm:pl-8'}>
              <div className={`rounded-md border p-2.5 ${inbound ? 'border-line bg-customer' : 'border-note-line bg-note text-note-ink'}`}>
                <p className="mb-1 flex flex-wrap items-baseline gap-x-2 text-xs">
                  <span className="break-all font-semibold text-ink">{author}</span>
                  <span className="text-muted">{inbound ? 'answered by mail' : `to ${recipientsOf(message)}`}</span>
                  {message.createdAt && (
                    <span className="ml-auto text-muted">
                      <RelativeTime value={message.createdAt} />
                    </span>
                  )}
                </p>
                <MessageBody message={message} />
                <MessageAttachments attachments={message.attachments} />
              </div>
            </li>
          );
        })}
      </ol>
      {canWrite && (
        <form aria-label={`Reply to ${subject}`} noValidate onSubmit={(event) => void send(event)} className="flex flex-col gap-1">
          <label htmlFor={`${id}-reply`} className="text-xs font-medium text-muted">
            {open ? 'Write in this side conversation' : 'Write to open it again'}
          </label>
          <textarea
            id={`${id}-reply`}
            rows={2}
            value={reply}
            onChange={(event) => setReply(event.target.value)}
            className="rounded-md border border-line bg-surface px-2 py-1.5 text-sm text-ink focus:outline-none focus-visible:ring-2 focus-visible:ring-accent"
          />
          <FormProblem error={write.error} />
          <div className="flex flex-wrap items-center justify-end gap-2">
            <p className="min-w-0 flex-1 break-words text-xs text-muted">Goes to {recipients.join(', ') || 'the last recipients'}</p>
            <Button type="submit" size="sm" isDisabled={write.pending || reply.trim() === ''}>
              {write.pending ? 'Sending…' : 'Send'}
            </Button>
          </div>
        </form>
      )}
    </article>
  );
}
