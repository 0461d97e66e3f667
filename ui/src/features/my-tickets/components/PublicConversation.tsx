import DOMPurify from 'dompurify';
import { RelativeTime } from '@/components/ui/RelativeTime';
import type { CustomerTicketDetail } from '../api/myTickets';

export interface PublicConversationProps {
  ticket: CustomerTicketDetail;
}

export function PublicConversation({ ticket }: PublicConversationProps) {
  return (
    <article>
      <h2 className="mb-3 text-lg font-semibold">{ticket.subject}</h2>
      <ol className="flex flex-col gap-3" aria-label="Messages">
        {(ticket.messages ?? []).map((message) => {
          const html = message.bodyHtml;
          return (
            <li key={message.id} className={`rounded-lg border border-line p-3 ${message.kind === 'public-reply' ? 'bg-surface' : 'bg-customer'}`}>
              <p className="mb-1 text-xs text-muted">
                <span className="font-semibold text-ink">{message.author?.name}</span> · {message.createdAt && <RelativeTime value={message.createdAt} />}
              </p>
              {html ? (
                <div className="rich-text text-sm" dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(html, { ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i }) }} />
              ) : (
                <p className="whitespace-pre-wrap text-sm">{message.body}</p>
              )}
            </li>
          );
        })}
      </ol>
    </article>
  );
}
