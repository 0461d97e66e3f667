import { useQueryClient } from '@tanstack/react-query';
import { lazy, type Ref, Suspense, useCallback, useId, useImperativeHandle, useRef, useState } from 'react';
import type { Schemas } from '@/api/client';
import { ticketKeys } from '@/api/keys';
import { isConflict } from '@/api/problem';
import { Button } from '@/components/ui/Button';
import { ErrorState } from '@/components/ui/ErrorState';
import { hasText } from '@/lib/richText';
import { addMessage, fetchTicket, type MessageKind, type TicketDetail, updateTicket, useAfterWrite } from '../api/ticket';
import { useDraft } from '../hooks/useDraft';
import type { EditorHandle } from '@/components/editor/RichTextEditor';

const RichTextEditor = lazy(() => import('@/components/editor/RichTextEditor').then((module) => ({ default: module.RichTextEditor })));

export interface ComposerHandle {
  open: (kind: MessageKind) => void;
}

export interface ComposerProps {
  ticket: TicketDetail;
  statuses: readonly Schemas['StatusView'][];
  onFocusChange?: (focused: boolean) => void;
  onEdit?: () => void;
  /** Where focus goes when the agent leaves the composer with Esc. */
  onLeave?: () => void;
  ref?: Ref<ComposerHandle>;
}

type Outcome =
  | { type: 'changed'; messages: number }
  | { type: 'status-failed'; error: unknown }
  | { type: 'failed'; error: unknown };

const MODES: { kind: MessageKind; label: string }[] = [
  { kind: 'public-reply', label: 'Public reply' },
  { kind: 'internal-note', label: 'Internal note' },
];

/** Replies and internal notes in rich text, with "submit as <status>" and a draft kept per ticket. */
export function Composer({ ticket, statuses, onFocusChange, onEdit, onLeave, ref }: ComposerProps) {
  const ticketId = ticket.id ?? '';
  const { draft, update, clear } = useDraft(ticketId);
  const [submitStatus, setSubmitStatus] = useState('');
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const editor = useRef<EditorHandle | null>(null);
  const queryClient = useQueryClient();
  const afterWrite = useAfterWrite(ticketId);
  const statusId = useId();
  const note = draft.kind === 'internal-note';

  // Focus asked for before the editor's chunk arrived is given once it is there.
  const focusWhenReady = useRef(false);
  const onReady = useCallback((handle: EditorHandle) => {
    editor.current = handle;
    if (focusWhenReady.current) {
      focusWhenReady.current = false;
      handle.focus();
    }
  }, []);

  useImperativeHandle(ref, () => ({
    open: (kind) => {
      update({ kind });
      if (editor.current) {
        editor.current.focus();
      } else {
        focusWhenReady.current = true;
      }
    },
  }), [update]);

  const send = async () => {
    if (sending || !hasText(draft.html)) {
      return;
    }
    setSending(true);
    setOutcome(null);
    const base = ticket.version ?? 0;
    let version: number;
    try {
      version = await addMessage(ticketId, base, { kind: draft.kind, html: draft.html });
    } catch (error) {
      if (isConflict(error)) {
        const fresh = await fetchTicket(ticketId, base + 1).catch(() => null);
        if (fresh) {
          queryClient.setQueryData(ticketKeys.detail(ticketId), fresh);
        }
        const known = new Set((ticket.messages ?? []).map((message) => message.id));
        setOutcome({ type: 'changed', messages: (fresh?.messages ?? []).filter((message) => !known.has(message.id)).length });
      } else {
        setOutcome({ type: 'failed', error });
      }
      setSending(false);
      return;
    }
    clear();
    editor.current?.clear();
    if (submitStatus) {
      try {
        version = await updateTicket(ticketId, version, { status: submitStatus });
      } catch (error) {
        setOutcome({ type: 'status-failed', error });
      }
      setSubmitStatus('');
    }
    await afterWrite(version);
    setSending(false);
  };

  const statusLabel = statuses.find((status) => status.key === submitStatus)?.label ?? submitStatus;
  const sendLabel = submitStatus ? `Submit as ${statusLabel}` : note ? 'Add note' : 'Send reply';
  const choices = statuses.filter((status) => status.category !== 'new' && status.category !== 'closed' && status.key !== ticket.status?.key);

  return (
    <section
      aria-label="Composer"
      className={`rounded-lg border shadow-sm transition-colors ${note ? 'border-note-line bg-note' : 'border-line bg-surface'}`}
    >
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-line/70 px-2 pt-2">
        <div role="radiogroup" aria-label="Message kind" className="flex gap-1">
          {MODES.map((mode) => {
            const checked = draft.kind === mode.kind;
            return (
              <button
                key={mode.kind}
                type="button"
                role="radio"
                aria-checked={checked}
                onClick={() => {
                  update({ kind: mode.kind });
                  editor.current?.focus();
                }}
                className={`-mb-px rounded-t-md border-b-2 px-3 py-1.5 text-sm font-medium outline-none focus-visible:ring-2 focus-visible:ring-accent ${
                  checked ? (mode.kind === 'internal-note' ? 'border-note-line text-note-ink' : 'border-accent text-ink') : 'border-transparent text-muted hover:text-ink'
                }`}
              >
                {mode.label}
              </button>
            );
          })}
        </div>
        <p className={`pb-1.5 text-xs ${note ? 'font-medium text-note-ink' : 'text-muted'}`}>
          {note ? 'Only agents see internal notes.' : `The requester${ticket.requester?.name ? `, ${ticket.requester.name},` : ''} gets this reply.`}
        </p>
      </div>
      <Suspense fallback={<div role="status" className="min-h-36 px-3 py-2 text-sm text-muted">Loading the editor…</div>}>
        <RichTextEditor
          key={ticketId}
          label={note ? 'Internal note' : 'Public reply'}
          placeholder={note ? 'Write an internal note for your team…' : 'Write a reply to the requester…'}
          initialHtml={draft.html}
          onChange={(html) => {
            update({ html });
            onEdit?.();
          }}
          onReady={onReady}
          onFocusChange={onFocusChange}
          onSubmit={() => void send()}
          onEscape={onLeave}
        />
      </Suspense>
      {outcome?.type === 'changed' && (
        <div role="alert" className="mx-3 mb-2 rounded-md border border-note-line bg-surface p-2 text-sm text-ink">
          The ticket changed while you were writing
          {outcome.messages > 0 ? ` (${outcome.messages} new message${outcome.messages > 1 ? 's' : ''} above)` : ''}. Your text is kept: read what is new, then send
          again.
        </div>
      )}
      {outcome?.type === 'failed' && <ErrorState title="Not sent" error={outcome.error} />}
      {outcome?.type === 'status-failed' && <ErrorState title="Sent, but the status did not change" error={outcome.error} />}
      <div className="flex flex-wrap items-center justify-end gap-2 border-t border-line/70 px-3 py-2">
        <span className="mr-auto text-xs text-muted max-xl:hidden">
          <kbd>Ctrl</kbd>+<kbd>Enter</kbd> sends · <kbd>Esc</kbd> leaves the editor
        </span>
        <div className="flex items-center gap-2">
          <label htmlFor={statusId} className="whitespace-nowrap text-xs text-muted">
            then set status
          </label>
          <select
            id={statusId}
            value={submitStatus}
            onChange={(event) => setSubmitStatus(event.target.value)}
            className="rounded-md border border-line bg-surface px-2 py-1.5 text-sm text-ink focus:outline-none focus-visible:ring-2 focus-visible:ring-accent"
          >
            <option value="">keep {statuses.find((status) => status.key === ticket.status?.key)?.label ?? ticket.status?.key ?? 'status'}</option>
            {choices.map((status) => (
              <option key={status.key} value={status.key}>
                {status.label}
              </option>
            ))}
          </select>
          <Button variant="primary" isDisabled={sending || !hasText(draft.html)} onPress={() => void send()}>
            {sending ? 'Sending…' : sendLabel}
          </Button>
        </div>
      </div>
    </section>
  );
}
