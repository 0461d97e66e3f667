import { Link } from '@tanstack/react-router';
import { Button } from '@/components/ui/Button';
import { FormProblem } from '@/components/ui/FormProblem';
import { RelativeTime } from '@/components/ui/RelativeTime';
import { RECEIVED_STATES, sizeText, useDownloadOriginal, useReceivedMail, type ReceivedMail } from '../api/mail';
import { CARD_TABLE } from './ConsolePage';
import { MailLogTable } from './MailLogTable';
import { MailStateBadge } from './MailStateBadge';

export interface ReceivedMailListProps {
  /** Only mail in this state; '' for every state. */
  state: string;
  onStateChange: (state: string) => void;
}

/** What each state would hold, for a list that shows none of it. */
const EMPTY: Record<string, { title: string; text: string }> = {
  '': {
    title: 'No mail received yet',
    text: 'Mail to the support address appears here with what became of it — a new ticket, a message on a ticket, ignored or quarantined — and why.',
  },
  'ticket-created': { title: 'No mail started a ticket', text: 'Mail that names no earlier mail or ticket starts a new ticket; it appears here with its ticket.' },
  'message-added': {
    title: 'No mail was added to a ticket',
    text: 'Replies matched to a ticket (by In-Reply-To, References, the reply address or [#number]) are added to it and appear here.',
  },
  'side-message-added': {
    title: 'No mail answered a side conversation',
    text: 'Answers to side conversations (matched by their own In-Reply-To, References or reply address) go into the side thread, agents only, and appear here.',
  },
  ignored: { title: 'No mail was ignored', text: 'Mail sent by machines (auto-replies, bounces, lists) is ignored, so it never starts a ticket or a mail loop; it appears here.' },
  quarantined: { title: 'No mail is quarantined', text: 'Mail AutoCRM cannot take in (no sender, too large, unreadable, refused) is kept here with its reason, never dropped.' },
};

const SOURCES: Record<string, string> = { imap: 'from the mailbox', webhook: 'through the webhook' };

/** Mail received, newest first: sender and subject, what became of it and why, its ticket and its original. */
export function ReceivedMailList({ state, onStateChange }: ReceivedMailListProps) {
  return (
    <MailLogTable label="Received mail" states={RECEIVED_STATES} state={state} onStateChange={onStateChange}
      query={useReceivedMail(state)} empty={EMPTY} columns={['Received', 'Mail', 'What became of it', 'Ticket', 'Original']}
      row={(mail) => <ReceivedRow key={mail.id} mail={mail} />} />
  );
}

function ReceivedRow({ mail }: { mail: ReceivedMail }) {
  const download = useDownloadOriginal();
  const subject = mail.subject || '(no subject)';
  return (
    <tr className={CARD_TABLE.row}>
      <td className={`${CARD_TABLE.td} sm:whitespace-nowrap`} data-label="Received">
        {mail.receivedAt && <RelativeTime value={mail.receivedAt} />}
        <span className="block text-xs text-muted">{SOURCES[mail.source ?? ''] ?? mail.source}</span>
        <span className="block text-xs text-muted">{sizeText(mail.sizeBytes ?? 0)}</span>
      </td>
      <td className={`${CARD_TABLE.td} min-w-0 break-words`} data-label="Mail">
        <span className={mail.subject ? 'font-medium' : 'italic text-muted'}>{subject}</span>
        <span className="block break-all text-xs text-muted">{mail.sender ? `from ${mail.sender}` : 'no sender'}</span>
      </td>
      <td className={CARD_TABLE.td} data-label="What became of it">
        <MailStateBadge state={mail.state ?? ''} />
        {mail.reason && <span className="mt-1 block break-words text-xs text-muted">{mail.reason}</span>}
      </td>
      <td className={CARD_TABLE.td} data-label="Ticket">
        {mail.ticketId
          ? <Link to="/tickets/$ticketId" params={{ ticketId: mail.ticketId }} className="whitespace-nowrap text-accent hover:underline">Open ticket</Link>
          : <span className="text-muted">none</span>}
      </td>
      <td className={`${CARD_TABLE.td} max-sm:empty:hidden sm:text-right`}>
        <Button size="sm" isDisabled={download.isPending} aria-label={`Download the original of “${subject}”`}
          onPress={() => download.mutate(mail.id ?? '')}>
          Original
        </Button>
        {download.error !== null && <div className="mt-1 text-left"><FormProblem error={download.error} /></div>}
      </td>
    </tr>
  );
}
