import { Badge, type BadgeProps } from '@/components/ui/Badge';
import { stateLabel } from '../api/mail';

const TONES: Record<string, NonNullable<BadgeProps['tone']>> = {
  'ticket-created': 'success',
  'message-added': 'accent',
  'side-message-added': 'note',
  ignored: 'neutral',
  quarantined: 'danger',
  queued: 'neutral',
  sending: 'accent',
  sent: 'success',
  failed: 'danger',
  cancelled: 'note',
};

export interface MailStateBadgeProps {
  /** A received mail's state (ticket-created, message-added, side-message-added, ignored, quarantined) or a sent one's. */
  state: string;
  /** How many mails are in the state, for the channel's counts. */
  count?: string;
}

/** "ticket created", "failed", …: a mail's state in the tone of what it means. */
export function MailStateBadge({ state, count }: MailStateBadgeProps) {
  return (
    <Badge tone={TONES[state] ?? 'neutral'}>
      {stateLabel(state)}
      {count !== undefined && <span className="ml-1.5 tabular-nums">{count}</span>}
    </Badge>
  );
}
