import { lazy, Suspense, useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { useStatuses } from '@/api/directory';
import { messageOf } from '@/api/problem';
import { Button } from '@/components/ui/Button';
import { LockIcon } from '@/components/ui/LockIcon';
import { Spinner } from '@/components/ui/Spinner';
import { humanize } from '@/lib/labels';
import { useAddMessage } from '../api/ticket';
import { useDraft } from '../hooks/useDraft';
import type { RichEditorHandle } from './RichEditor';

const RichEditor = lazy(() => import('./RichEditor').then((module) => ({ default: module.RichEditor })));

export type ComposerMode = 'public-reply' | 'internal-note';

export interface ComposerHandle {
  start: (mode: ComposerMode) => void;
}

export interface ComposerProps {
  ticketId: string;
  currentStatus?: string;
  onTypingChange?: (typing: boolean) => void;
  handle?: Ref<ComposerHandle>;
}

export function Composer({ ticketId, currentStatus, onTypingChange, handle }: ComposerProps) {
  const [mode, setMode] = useState<ComposerMode>('public-reply');
  const [submitAs, setSubmitAs] = useState('');
  const [empty, setEmpty] = useState(true);
  const draft = useDraft(ticketId, mode);
  const html = useRef('');
  const editor = useRef<RichEditorHandle>(null);
  const typingTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const statuses = useStatuses();
  const send = useAddMessage(ticketId);
  const note = mode === 'internal-note';

  useImperativeHandle(handle, () => ({
    start: (next) => {
      setMode(next);
      setTimeout(() => editor.current?.focus(), 0);
    },
  }), []);

  useEffect(() => {
    html.current = draft.read();
    setEmpty(html.current === '');
  }, [draft]);

  useEffect(() => () => clearTimeout(typingTimer.current), []);

  const onChange = (value: string, isEmpty: boolean) => {
    html.current = value;
    setEmpty(isEmpty);
    draft.save(value, isEmpty);
    onTypingChange?.(true);
    clearTimeout(typingTimer.current);
    typingTimer.current = setTimeout(() => onTypingChange?.(false), 4_000);
  };

  const submit = () => {
    if (empty || send.isPending) return;
    send.mutate(
      { message: { kind: mode, body: html.current, format: 'html' }, status: submitAs || undefined },
      {
        onSuccess: () => {
          draft.discard();
          editor.current?.clear();
          setEmpty(true);
          setSubmitAs('');
          onTypingChange?.(false);
        },
      },
    );
  };

  const statusLabel = statuses.data?.find((s) => s.key === submitAs)?.label ?? humanize(submitAs);

  return (
    <section
      aria-label="Composer"
      className={`rounded-lg border ${note ? 'border-note-line bg-note' : 'border-line bg-surface'}`}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          submit();
        }
      }}
    >
      <div role="radiogroup" aria-label="Message kind" className="flex gap-1 border-b border-line px-2 pt-2">
        {(['public-reply', 'internal-note'] as const).map((kind) => (
          <button
            key={kind}
            type="button"
            role="radio"
            aria-checked={mode === kind}
            onClick={() => setMode(kind)}
            className={`rounded-t-md px-3 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-accent ${mode === kind ? 'border border-b-0 border-line bg-surface font-semibold' : 'text-muted hover:text-ink'}`}
          >
            {kind === 'public-reply' ? 'Public reply' : <><LockIcon /> Internal note</>}
          </button>
        ))}
      </div>
      {note && <p className="px-3 pt-2 text-xs font-medium text-note-ink">Only agents see internal notes.</p>}
      <Suspense fallback={<Spinner label="Loading editor…" />}>
        <RichEditor key={`${ticketId}:${mode}`} label={note ? 'Internal note' : 'Public reply'} initialHtml={draft.read()} onChange={onChange} handle={editor} />
      </Suspense>
      <div className="flex flex-wrap items-center justify-between gap-2 border-t border-line px-3 py-2">
        <label className="flex items-center gap-2 text-xs text-muted">
          Then set status
          <select
            value={submitAs}
            onChange={(event) => setSubmitAs(event.target.value)}
            className="rounded-md border border-line bg-surface px-2 py-1 text-sm text-ink"
          >
            <option value="">Keep ({humanize(currentStatus)})</option>
            {(statuses.data ?? []).filter((s) => s.category !== 'new' && s.category !== 'closed').map((s) => (
              <option key={s.key} value={s.key}>{s.label}</option>
            ))}
          </select>
        </label>
        <div className="flex items-center gap-2">
          {send.isError && <span role="alert" className="text-xs text-danger">{messageOf(send.error)}</span>}
          <span className="hidden text-xs text-muted md:inline">Ctrl+Enter</span>
          <Button variant="primary" isDisabled={empty || send.isPending} onPress={submit}>
            {send.isPending ? 'Sending…' : `${note ? 'Add note' : 'Send'}${submitAs ? ` · submit as ${statusLabel}` : ''}`}
          </Button>
        </div>
      </div>
    </section>
  );
}
