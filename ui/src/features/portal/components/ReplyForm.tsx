import { useNavigate } from '@tanstack/react-router';
import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import type { Category } from '@/api/keys';
import { AttachFilesButton } from '@/components/attachments/AttachFilesButton';
import { AttachmentChips } from '@/components/attachments/AttachmentChips';
import { FileDropZone } from '@/components/attachments/FileDropZone';
import { usePendingAttachments } from '@/components/attachments/usePendingAttachments';
import type { EditorHandle } from '@/components/editor/RichTextEditor';
import { Button } from '@/components/ui/Button';
import { ErrorState } from '@/components/ui/ErrorState';
import { Spinner } from '@/components/ui/Spinner';
import { hasText } from '@/lib/richText';
import { replyEffect } from '../api/customerStatus';
import { useReply } from '../api/portal';

const RichTextEditor = lazy(() => import('@/components/editor/RichTextEditor').then((module) => ({ default: module.RichTextEditor })));

export interface ReplyFormProps {
  ticketId: string;
  category: Category | undefined;
}

/** The customer's reply, with what it will do to the request said before it is sent. */
export function ReplyForm({ ticketId, category }: ReplyFormProps) {
  const navigate = useNavigate();
  const reply = useReply(ticketId);
  const [html, setHtml] = useState('');
  const [empty, setEmpty] = useState(false);
  const [sent, setSent] = useState<string | null>(null);
  const editor = useRef<EditorHandle | null>(null);
  const attachments = usePendingAttachments();
  const onReady = useCallback((handle: EditorHandle) => {
    editor.current = handle;
  }, []);
  const effect = replyEffect(category);

  const send = () => {
    if (!hasText(html)) {
      setEmpty(true);
      return;
    }
    if (reply.isPending || attachments.uploading) {
      return;
    }
    setEmpty(false);
    reply.mutate({ html, attachmentIds: attachments.ids }, {
      onSuccess: (added) => {
        editor.current?.clear();
        attachments.clear();
        setHtml('');
        if (added.followUp && added.ticketId) {
          void navigate({ to: '/portal/tickets/$ticketId', params: { ticketId: added.ticketId }, search: { followUpOf: ticketId } });
        } else {
          setSent(category === 'solved' || category === 'pending' ? 'Your reply was sent and the request is open again.' : 'Your reply was sent.');
        }
      },
    });
  };

  return (
    <form
      aria-label="Reply"
      className="flex flex-col gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      <h2 className="text-base font-semibold">{category === 'closed' ? 'Write a follow-up' : 'Reply'}</h2>
      {effect && (
        <p id={`reply-effect-${ticketId}`} className="rounded-md border border-line bg-raised px-3 py-2 text-sm">
          {effect}
        </p>
      )}
      <FileDropZone onFiles={attachments.add} className={`rounded-md border bg-surface focus-within:ring-2 focus-within:ring-accent ${empty ? 'border-danger' : 'border-line'}`}>
        <Suspense fallback={<Spinner label="Loading the editor…" />}>
          <RichTextEditor label="Your reply" initialHtml="" placeholder="Write your reply…" onChange={(next) => { setHtml(next); setSent(null); }} onReady={onReady} onSubmit={send} />
        </Suspense>
        <div className="flex flex-col gap-2 border-t border-line/70 px-2 py-1.5">
          <AttachmentChips items={attachments.items} onRemove={attachments.remove} onEmptied={() => editor.current?.focus()} />
          <AttachFilesButton onFiles={attachments.add} isDisabled={reply.isPending} className="self-start" />
        </div>
      </FileDropZone>
      {empty && <p className="text-sm text-danger" role="alert">Please write something before sending.</p>}
      {reply.isError && <ErrorState error={reply.error} title="Your reply was not sent" />}
      {sent && (
        <p role="status" className="text-sm text-success">
          {sent}
        </p>
      )}
      <div>
        <Button type="submit" variant="primary" isDisabled={reply.isPending || attachments.uploading} className="min-h-11 w-full sm:w-auto sm:min-h-0">
          {reply.isPending ? 'Sending…' : category === 'closed' ? 'Send follow-up' : 'Send reply'}
        </Button>
      </div>
    </form>
  );
}
