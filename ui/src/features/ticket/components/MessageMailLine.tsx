import { FormProblem } from '@/components/ui/FormProblem';
import { RelativeTime } from '@/components/ui/RelativeTime';
import { type MessageMail, type SentMail, useDownloadTicketMail } from '../api/mail';

export interface MessageMailLineProps {
  ticketId: string;
  mail: MessageMail;
}

const LINK = 'rounded font-medium text-accent underline-offset-2 outline-none hover:underline focus-visible:ring-2 focus-visible:ring-accent disabled:opacity-50';

/**
 * Under a message, for staff: how it came by mail ("By e-mail · matched by In-Reply-To …", with its original), or how
 * the reply's mail goes ("E-mailed to ann@example.com · sent 2 minutes ago", "… · failed: <why>").
 */
export function MessageMailLine({ ticketId, mail }: MessageMailLineProps) {
  const download = useDownloadTicketMail(ticketId);
  const { received, sent } = mail;
  return (
    <footer className="mt-2 flex flex-col gap-1 border-t border-line/60 pt-1.5 text-xs text-muted">
      {received && (
        <p className="break-words">
          By e-mail{received.reason ? ` · ${received.reason}` : ''} ·{' '}
          <button type="button" className={LINK} disabled={download.isPending} onClick={() => download.mutate(received.id ?? '')}>
            Original mail
          </button>
        </p>
      )}
      {sent && <p className="break-words">{deliveryText(sent)}</p>}
      {download.error !== null && <FormProblem error={download.error} />}
    </footer>
  );
}

function deliveryText(sent: SentMail) {
  const to = (sent.recipients ?? []).join(', ');
  switch (sent.state) {
    case 'sent':
      return <>E-mailed to {to}{sent.sentAt && <> · sent <RelativeTime value={sent.sentAt} /></>}</>;
    case 'failed':
      return <>E-mail to {to} · <span className="font-medium text-danger">failed</span>{sent.lastError ? `: ${sent.lastError}` : ''}</>;
    case 'cancelled':
      return <>E-mail{to ? ` to ${to}` : ''} · <span className="font-medium text-danger">not sent</span>{sent.lastError ? `: ${sent.lastError}` : ''}</>;
    case 'queued':
      // A queued mail with attempts behind it waits for a retry.
      return <>E-mail to {to} · queued{(sent.attempts ?? 0) > 0 && sent.lastError ? ` (will try again; last: ${sent.lastError})` : ''}</>;
    default:
      return <>E-mail to {to} · {sent.state}</>;
  }
}
