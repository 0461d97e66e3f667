import { LockIcon } from '@/components/ui/LockIcon';
import { RelativeTime } from '@/components/ui/RelativeTime';
import type { Message } from '../api/ticket';
import { MessageBody } from './MessageBody';

export interface TimelineProps {
  messages: Message[];
}

interface KindStyle {
  label: string;
  box: string;
  labelClass: string;
}

const KINDS: Record<string, KindStyle> = {
  description: { label: 'Description', box: 'bg-customer border-line', labelClass: 'text-muted' },
  'customer-message': { label: 'Customer message', box: 'bg-customer border-line', labelClass: 'text-muted' },
  'public-reply': { label: 'Public reply', box: 'bg-surface border-line border-l-4 border-l-accent', labelClass: 'text-accent' },
  'internal-note': { label: 'Internal note', box: 'bg-note border-note-line border-dashed', labelClass: 'text-note-ink font-semibold' },
};

/** The conversation, oldest first: description, customer messages, public replies and internal notes, each unmistakable. */
export function Timeline({ messages }: TimelineProps) {
  return (
    <ol aria-label="Conversation" className="flex flex-col gap-3">
      {messages.map((message) => {
        const style = KINDS[message.kind ?? ''] ?? KINDS['customer-message']!;
        const html = message.bodyHtml;
        return (
          <li key={message.id} className={`rounded-lg border p-3 ${style.box}`} aria-label={`${style.label} by ${message.author?.name ?? 'unknown'}`}>
            <div className="mb-1.5 flex flex-wrap items-baseline justify-between gap-2 text-xs">
              <span>
                <span className="font-semibold text-ink">{message.author?.name ?? 'Unknown'}</span>
                <span className={`ml-2 uppercase tracking-wide ${style.labelClass}`}>
                  {message.kind === 'internal-note' && <><LockIcon /> </>}
                  {style.label}
                </span>
              </span>
              {message.createdAt && (
                <span className="text-muted">
                  <RelativeTime value={message.createdAt} />
                </span>
              )}
            </div>
            <MessageBody html={html} text={message.body} />
          </li>
        );
      })}
    </ol>
  );
}
