import { Link } from '@tanstack/react-router';
import { Button } from '@/components/ui/Button';
import { FormProblem } from '@/components/ui/FormProblem';
import { RelativeTime } from '@/components/ui/RelativeTime';
import { retryable, SENT_STATES, useRetryMail, useSentMail, type SentMail } from '../api/mail';
import { CARD_TABLE } from './ConsolePage';
import { MailLogTable } from './MailLogTable';
import { MailStateBadge } from './MailStateBadge';

export interface SentMailListProps {
  /** Only mail in this state; '' for every state. */
  state: string;
  onStateChange: (state: string) => void;
}

/** What each state would hold, for a list that shows none of it. */
const EMPTY: Record<string, { title: string; text: string }> = {
  '': {
    title: 'No mail sent yet',
    text: 'Public replies mailed to customers, and account mail (sign-up confirmations, password resets), appear here with their delivery state.',
  },
  queued: { title: 'Nothing waits to be sent', text: 'Mail waiting for its first attempt, or for a retry after a failed one, appears here.' },
  sending: { title: 'Nothing is being sent', text: 'Mail handed to the mail server at this moment appears here.' },
  sent: { title: 'No mail sent yet', text: 'Mail the mail server accepted appears here, with when.' },
  failed: { title: 'No mail failed', text: 'Mail that could not be delivered after every retry appears here with its last error; it can be sent again.' },
  cancelled: { title: 'No mail was cancelled', text: 'Mail left with nothing to send (its reply or its recipient erased meanwhile) appears here; it can be sent again.' },
};

const KINDS: Record<string, string> = { 'public-reply': 'public reply', account: 'account mail' };

/** Mail sent and to send, newest first: recipients, delivery state, attempts and last error; failed mail sent again. */
export function SentMailList({ state, onStateChange }: SentMailListProps) {
  return (
    <MailLogTable label="Sent mail" states={SENT_STATES} state={state} onStateChange={onStateChange}
      query={useSentMail(state)} empty={EMPTY} columns={['Queued', 'Mail', 'Delivery', 'Ticket', 'Actions']}
      row={(mail) => <SentRow key={mail.id} mail={mail} />} />
  );
}

function SentRow({ mail }: { mail: SentMail }) {
  const retry = useRetryMail();
  const subject = mail.subject || '(no subject)';
  const attempts = mail.attempts ?? 0;
  return (
    <tr className={CARD_TABLE.row}>
      <td className={`${CARD_TABLE.td} sm:whitespace-nowrap`} data-label="Queued">
        {mail.createdAt && <RelativeTime value={mail.createdAt} />}
        <span className="block text-xs text-muted">{KINDS[mail.kind ?? ''] ?? mail.kind}</span>
      </td>
      <td className={`${CARD_TABLE.td} min-w-0 break-words`} data-label="Mail">
        <span className={mail.subject ? 'font-medium' : 'italic text-muted'}>{subject}</span>
        <span className="block break-all text-xs text-muted">to {(mail.recipients ?? []).join(', ') || 'nobody'}</span>
      </td>
      <td className={CARD_TABLE.td} data-label="Delivery">
        <MailStateBadge state={mail.state ?? ''} />
        <span className="mt-1 block text-xs text-muted">
          {mail.state === 'sent' && mail.sentAt ? <>sent <RelativeTime value={mail.sentAt} /> · </> : null}
          {attempts === 1 ? '1 attempt' : `${attempts} attempts`}
          {mail.state === 'queued' && attempts > 0 && mail.nextAttemptAt && <> · next <RelativeTime value={mail.nextAttemptAt} /></>}
        </span>
        {mail.lastError && <span className="mt-0.5 block break-words text-xs text-danger">{mail.lastError}</span>}
      </td>
      <td className={CARD_TABLE.td} data-label="Ticket">
        {mail.ticketId
          ? <Link to="/tickets/$ticketId" params={{ ticketId: mail.ticketId }} className="whitespace-nowrap text-accent hover:underline">Open ticket</Link>
          : <span className="text-muted">none</span>}
      </td>
      <td className={`${CARD_TABLE.td} max-sm:empty:hidden sm:text-right`}>
        {retryable(mail) && (
          <Button size="sm" isDisabled={retry.isPending} aria-label={`Send again: “${subject}”`}
            onPress={() => retry.mutate(mail.id ?? '')}>
            Send again
          </Button>
        )}
        {retry.error !== null && <div className="mt-1 text-left"><FormProblem error={retry.error} /></div>}
      </td>
    </tr>
  );
}
