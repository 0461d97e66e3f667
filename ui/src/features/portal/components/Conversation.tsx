import { MessageAttachments } from '@/components/attachments/MessageAttachments';
import { RelativeTime } from '@/components/ui/RelativeTime';
import { sanitizeHtml } from '@/lib/richText';
import type { CustomerTicketDetail } from '../api/portal';

export interface ConversationProps {
  ticket: CustomerTicketDetail;
  /** The customer reading: their own messages are marked "You". */
  customerId: string | undefined;
}

/** The public conversation, oldest first: the customer's messages and the support team's replies. */
export function Conversation({ ticket, customerId }: ConversationProps) {
  const messages = (ticket.messages ?? []).filter((message) => message.kind !== 'internal-note');
  return (
    <ol className="flex flex-col gap-3" aria-label="Conversation">
      {messages.map((message) => {
        const fromSupport = message.kind === 'public-reply';
        const mine = !fromSupport && message.author?.id === customerId;
        return (
          <li
            key={message.id}
            className={`rounded-lg border p-3 sm:p-4 ${fromSupport ? 'border-accent/40 bg-surface' : 'border-line bg-customer'}`}
          >
            <p className="mb-1 flex flex-wrap items-baseline gap-x-2 text-xs text-muted">
              <span className="font-semibold text-ink">{mine ? 'You' : message.author?.name}</span>
              {fromSupport && <span className="rounded bg-accent-soft px-1.5 py-0.5 text-ink">Support team</span>}
              {message.createdAt && <RelativeTime value={message.createdAt} />}
            </p>
            {message.bodyHtml ? (
              <div className="rich-text break-words text-sm" dangerouslySetInnerHTML={{ __html: sanitizeHtml(message.bodyHtml) }} />
            ) : (
              <p className="whitespace-pre-wrap break-words text-sm">{message.body}</p>
            )}
            <MessageAttachments attachments={message.attachments} />
          </li>
        );
      })}
    </ol>
  );
}
