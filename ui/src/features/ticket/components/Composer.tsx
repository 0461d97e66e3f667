import { useQueryClient } from '@tanstack/react-query';
import { lazy, type Ref, Suspense, useCallback, useId, useImperativeHandle, useRef, useState } from 'react';
import type { Schemas } from '@/api/client';
import { ticketKeys } from '@/api/keys';
import { isConflict } from '@/api/problem';
import { AttachFilesButton } from '@/components/attachments/AttachFilesButton';
import { AttachmentChips } from '@/components/attachments/AttachmentChips';
import { FileDropZone } from '@/components/attachments/FileDropZone';
import { usePendingAttachments } from '@/components/attachments/usePendingAttachments';
import { Button } from '@/components/ui/Button';
import { ErrorState } from '@/components/ui/ErrorState';
import { hasText } from '@/lib/richText';
import type { Vocabulary } from '../api/diff';
import { describeMacroChanges } from '../api/macroChanges';
import { hasChanges, type PendingMacro, pendingMacro, renderMacro } from '../api/macros';
import { addMessage, fetchTicket, type MessageKind, type TicketChanges, type TicketDetail, updateTicket, useAfterWrite } from '../api/ticket';
import { useDraft } from '../hooks/useDraft';
import { MacroPicker } from './MacroPicker';
import { MacroPreview } from './MacroPreview';
import type { EditorHandle } from '@/components/editor/RichTextEditor';

const RichTextEditor = lazy(() => import('@/components/editor/RichTextEditor').then((module) => ({ default: module.RichTextEditor })));

export interface ComposerHandle {
  open: (kind: MessageKind) => void;
}

export interface ComposerProps {
  ticket: TicketDetail;
  statuses: readonly Schemas['StatusView'][];
  /** Labels for a macro's changes: statuses and custom fields, and agents' and teams' names by id. */
  vocabulary?: Vocabulary;
  names?: ReadonlyMap<string, string>;
  onFocusChange?: (focused: boolean) => void;
  onEdit?: () => void;
  /** Where focus goes when the agent leaves the composer with Esc. */
  onLeave?: () => void;
  ref?: Ref<ComposerHandle>;
}

type Outcome =
  | { type: 'changed'; messages: number }
  | { type: 'status-failed'; error: unknown }
  | { type: 'macro-failed'; error: unknown }
  | { type: 'failed'; error: unknown };

const PLAIN: Vocabulary = { statusLabel: (key) => key, fieldLabel: (key) => key, fieldValue: (_key, values) => values.join(', ') };

const MODES: { kind: MessageKind; label: string }[] = [
  { kind: 'public-reply', label: 'Public reply' },
  { kind: 'internal-note', label: 'Internal note' },
];

/** Replies and internal notes in rich text, with "submit as <status>" and a draft kept per ticket. */
export function Composer({ ticket, statuses, vocabulary = PLAIN, names = new Map(), onFocusChange, onEdit, onLeave, ref }: ComposerProps) {
  const ticketId = ticket.id ?? '';
  const { draft, update, clear } = useDraft(ticketId);
  const [submitStatus, setSubmitStatus] = useState('');
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [macro, setMacro] = useState<PendingMacro | null>(null);
  const [macroBusy, setMacroBusy] = useState(false);
  const editor = useRef<EditorHandle | null>(null);
  const queryClient = useQueryClient();
  const afterWrite = useAfterWrite(ticketId);
  const statusId = useId();
  const attachments = usePendingAttachments();
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
    if (sending || attachments.uploading || !hasText(draft.html)) {
      return;
    }
    setSending(true);
    setOutcome(null);
    const base = ticket.version ?? 0;
    let version: number;
    try {
      version = await addMessage(ticketId, base, { kind: draft.kind, html: draft.html, attachmentIds: attachments.ids }, macro?.headers);
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
    attachments.clear();
    const changes: TicketChanges = { ...(macro?.changes ?? {}), ...(submitStatus ? { status: submitStatus } : {}) };
    if (hasChanges(changes)) {
      try {
        version = await updateTicket(ticketId, version, changes, macro?.headers);
      } catch (error) {
        setOutcome({ type: 'status-failed', error });
      }
      setSubmitStatus('');
    }
    setMacro(null);
    await afterWrite(version);
    setSending(false);
  };

  // A macro is rendered by the server for this ticket and agent; its text goes into the editor for review.
  const pickMacro = async (macroId: string) => {
    setMacroBusy(true);
    setOutcome(null);
    try {
      const rendered = await renderMacro(macroId, ticketId);
      setMacro(pendingMacro(rendered));
      if (rendered.message) {
        update({ kind: rendered.message.kind ?? 'public-reply', html: rendered.message.body ?? '' });
        editor.current?.setContent(rendered.message.body ?? '');
        editor.current?.focus();
      }
    } catch (error) {
      setOutcome({ type: 'macro-failed', error });
    }
    setMacroBusy(false);
  };

  // A macro without text: its changes apply on their own, at the version the agent sees.
  const applyMacroChanges = async () => {
    if (!macro) return;
    setMacroBusy(true);
    try {
      const version = await updateTicket(ticketId, ticket.version ?? 0, macro.changes, macro.headers);
      setMacro(null);
      await afterWrite(version);
    } catch (error) {
      setOutcome({ type: 'macro-failed', error });
    }
    setMacroBusy(false);
  };

  const statusLabel = statuses.find((status) => status.key === submitStatus)?.label ?? submitStatus;
  const sendLabel = submitStatus ? `Submit as ${statusLabel}` : note ? 'Add note' : 'Send reply';
  const choices = statuses.filter((status) => status.category !== 'new' && status.category !== 'closed' && status.key !== ticket.status?.key);

  return (
    <section
      aria-label="Composer"
      className={`rounded-lg border shadow-sm transition-colors ${note ? 'border-note-line bg-note' : 'border-line bg-surface'}`}
    >
      <FileDropZone onFiles={attachments.add} className="rounded-lg">
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
          <div className="pb-1.5">
            <MacroPicker onPick={(id) => void pickMacro(id)} isDisabled={sending} />
          </div>
        </div>
        {macro && (
          <MacroPreview
            name={macro.name}
            changes={describeMacroChanges(macro.changes, vocabulary, names)}
            hasText={hasText(draft.html)}
            applying={macroBusy}
            onApply={() => void applyMacroChanges()}
            onRemove={() => setMacro(null)}
          />
        )}
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
        <AttachmentChips items={attachments.items} onRemove={attachments.remove} onEmptied={() => editor.current?.focus()} className="px-3 pb-2" />
        {outcome?.type === 'changed' && (
          <div role="alert" className="mx-3 mb-2 rounded-md border border-note-line bg-surface p-2 text-sm text-ink">
            The ticket changed while you were writing
            {outcome.messages > 0 ? ` (${outcome.messages} new message${outcome.messages > 1 ? 's' : ''} above)` : ''}. Your text is kept: read what is new, then send
            again.
          </div>
        )}
        {outcome?.type === 'failed' && <ErrorState title="Not sent" error={outcome.error} />}
        {outcome?.type === 'macro-failed' && <ErrorState title="The macro could not be applied" error={outcome.error} />}
        {outcome?.type === 'status-failed' && <ErrorState title="Sent, but the status did not change" error={outcome.error} />}
        <div className="flex flex-wrap items-center justify-end gap-2 border-t border-line/70 px-3 py-2">
          <div className="mr-auto flex items-center gap-3">
            <AttachFilesButton onFiles={attachments.add} isDisabled={sending} className="-ml-1.5" />
            <span className="text-xs text-muted max-xl:hidden">
              <kbd>Ctrl</kbd>+<kbd>Enter</kbd> sends · <kbd>Esc</kbd> leaves the editor
            </span>
          </div>
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
            <Button variant="primary" isDisabled={sending || attachments.uploading || !hasText(draft.html)} onPress={() => void send()}>
              {sending ? 'Sending…' : sendLabel}
            </Button>
          </div>
        </div>
      </FileDropZone>
    </section>
  );
}
