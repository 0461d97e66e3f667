import { MessageAttachments } from '@/components/attachments/MessageAttachments';
import { RelativeTime } from '@/components/ui/RelativeTime';
import type { MessageMail } from '../api/mail';
import type { Message } from '../api/ticket';
import { MessageBody } from './MessageBody';
import { MessageMailLine } from './MessageMailLine';

export interface TimelineProps {
  messages: readonly Message[];
  /** Agent id → name, for authors the detail names by id only. */
  agentNames?: ReadonlyMap<string, string>;
  /** Staff only: the mail each message came by or left as (message id → mail), shown under the message. */
  mail?: { ticketId: string; byMessage: ReadonlyMap<string, MessageMail> };
}

interface KindStyle {
  label: string;
  article: string;
  badge: string;
}

const KINDS: Record<string, KindStyle> = {
  description: { label: 'Request', article: 'border-line bg-customer', badge: 'bg-raised text-muted' },
  'customer-message': { label: 'Customer message', article: 'border-line bg-customer', badge: 'bg-raised text-muted' },
  'public-reply': { label: 'Public reply', article: 'border-accent/40 bg-surface', badge: 'bg-accent-soft text-ink' },
  'internal-note': { label: 'Internal note', article: 'border-note-line bg-note text-note-ink', badge: 'bg-note-line/25 text-note-ink' },
};

function roleOf(message: Message): string {
  switch (message.author?.type) {
    case 'customer':
      return 'Customer';
    case 'agent':
      return 'Agent';
    case undefined:
    case null:
      return 'System';
    case 'system':
      // A trigger or an automation wrote it; the history names which (its cause).
      return 'Automatic';
    default:
      return 'Integration';
  }
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word.charAt(0).toUpperCase())
    .join('');
}

/**
 * The conversation, oldest first: the request, then customer messages, public replies and internal notes; messages of a
 * ticket merged into this one (or moved here by a split) are marked with the ticket they come from, and messages split
 * off into another ticket stay, dimmed and marked as moved.
 */
export function Timeline({ messages, agentNames, mail }: TimelineProps) {
  return (
    <ol aria-label="Conversation" className="flex flex-col gap-3">
      {messages.map((message, index) => {
        const kind = message.kind ?? 'customer-message';
        const style = KINDS[kind] ?? KINDS['customer-message']!;
        const author = message.author?.name ?? (message.author?.id ? agentNames?.get(message.author.id) : undefined) ?? (message.author?.type === 'customer' ? 'Erased customer' : 'AutoCRM');
        const agentSide = kind === 'public-reply' || kind === 'internal-note';
        const origin = message.origin;
        const moved = message.movedTo;
        const mailed = message.id ? mail?.byMessage.get(message.id) : undefined;
        return (
          <li key={message.id ?? index} className={agentSide ? 'sm:pl-10' : 'sm:pr-10'}>
            <article
              aria-label={`${style.label} from ${author}${origin ? `, ${origin.relation === 'split' ? 'moved here from' : 'merged from'} #${origin.number}` : ''}${moved ? `, moved to #${moved.number}` : ''}`}
              className={`rounded-lg border p-3 shadow-xs ${style.article} ${origin ? 'border-l-4 border-l-accent' : ''} ${moved ? 'border-dashed' : ''}`}
            >
              <header className="mb-1.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs">
                <span aria-hidden className="grid size-6 place-items-center rounded-full bg-raised text-[0.65rem] font-semibold text-ink">
                  {initials(author) || '?'}
                </span>
                <span className="font-semibold text-ink">{author}</span>
                <span className="text-muted">{roleOf(message)}</span>
                <span className={`rounded px-1.5 py-0.5 font-medium ${style.badge}`}>
                  {kind === 'internal-note' && (
                    <svg aria-hidden viewBox="0 0 16 16" className="mr-1 inline size-3 -translate-y-px fill-current">
                      <path d="M5 7V5a3 3 0 016 0v2h.5A1.5 1.5 0 0113 8.5v5a1.5 1.5 0 01-1.5 1.5h-7A1.5 1.5 0 013 13.5v-5A1.5 1.5 0 014.5 7zm1.5 0h3V5a1.5 1.5 0 00-3 0z" />
                    </svg>
                  )}
                  {style.label}
                </span>
                {origin && (
                  <span className="rounded border border-accent/50 px-1.5 py-0.5 font-medium text-ink">
                    {origin.relation === 'split' ? 'Moved from' : 'From'} #{origin.number}
                  </span>
                )}
                {moved && <span className="rounded border border-line px-1.5 py-0.5 font-medium text-muted">Moved to #{moved.number}</span>}
                {message.createdAt && (
                  <span className="ml-auto text-muted">
                    <RelativeTime value={message.createdAt} />
                  </span>
                )}
              </header>
              <MessageBody message={message} />
              <MessageAttachments attachments={message.attachments} />
              {mail && mailed && <MessageMailLine ticketId={mail.ticketId} mail={mailed} />}
            </article>
          </li>
        );
      })}
    </ol>
  );
}
