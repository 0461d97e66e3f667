import { ErrorState } from '@/components/ui/ErrorState';
import { RelativeTime } from '@/components/ui/RelativeTime';
import { Spinner } from '@/components/ui/Spinner';
import { useMailStatus, type MailStatus } from '../api/mail';
import { MailStateBadge } from './MailStateBadge';

const NUMBER = new Intl.NumberFormat();

/** Addresses and host:port pairs in the server's connection text, set in a monospace font. */
const TECHNICAL = /([^\s()<>,;]+@[^\s()<>,;]+|\b[\w.-]+:\d{2,5}\b)/;

/** The e-mail channel's state: the support address, the mail server, whether the mailbox is read, mail per state. */
export function MailStatusPanel() {
  const status = useMailStatus();
  return (
    <section aria-label="Mail channel" className="rounded-lg border border-line bg-surface p-4">
      <h2 className="mb-3 text-sm font-semibold">Mail channel</h2>
      {status.isPending ? <Spinner label="Loading the mail channel…" />
        : status.isError ? <ErrorState error={status.error} onRetry={() => void status.refetch()} />
        : <StatusDetails status={status.data} />}
    </section>
  );
}

function StatusDetails({ status }: { status: MailStatus }) {
  return (
    <div className="flex flex-col gap-3">
      {status.enabled === false && (
        <p className="rounded-md border border-note-line bg-note px-3 py-2 text-sm text-note-ink">
          Mail is switched off (<code>AUTOCRM_MAIL_ENABLED</code>): nothing is sent or read. Queued mail waits until it is on again.
        </p>
      )}
      <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[9rem_1fr] sm:gap-y-3">
        <dt className="font-medium text-muted">Support address</dt>
        <dd className="min-w-0 break-all font-mono max-sm:mb-2">{status.address}</dd>

        <dt className="font-medium text-muted">Mail server</dt>
        <dd className="min-w-0 max-sm:mb-2">
          {status.embedded ? (
            <>
              <p>AutoCRM runs its own mail server, on this machine only: for trying the channel out, not for real customers.</p>
              {status.howToConnect && <ConnectionSteps text={status.howToConnect} />}
            </>
          ) : (
            <p>An outside mail server sends the mail (configured with <code className="text-xs">AUTOCRM_MAIL_SMTP_HOST</code>).</p>
          )}
        </dd>

        <dt className="font-medium text-muted">Support mailbox</dt>
        <dd className="min-w-0 max-sm:mb-2">
          {status.readsMailbox ? (
            <p>
              Read over IMAP; {status.lastRead ? <>last read <RelativeTime value={status.lastRead} /></> : 'not read yet'}.
            </p>
          ) : (
            <p>Not read: mail arrives only through the inbound webhook (an API key with the scope <code className="text-xs">mail:inbound</code>).</p>
          )}
        </dd>

        <dt className="font-medium text-muted">Received</dt>
        <dd className="max-sm:mb-2"><Counts counts={status.inbound ?? []} label="Received mail per state" /></dd>

        <dt className="font-medium text-muted">Sent</dt>
        <dd><Counts counts={status.outbox ?? []} label="Sent mail per state" /></dd>
      </dl>
      {status.lastError && (
        <div role="alert" className="rounded-md border border-danger/40 bg-danger-soft px-3 py-2 text-sm">
          <p className="font-semibold text-danger">
            The mailbox could not be read{status.lastErrorAt && <> (<RelativeTime value={status.lastErrorAt} />)</>}
          </p>
          <p className="mt-0.5 break-words">{status.lastError}</p>
        </div>
      )}
    </div>
  );
}

/** How a mail client reaches the embedded server, one step a line, addresses and ports easy to copy. */
function ConnectionSteps({ text }: { text: string }) {
  const steps = text.split(/;\s*/).filter(Boolean);
  return (
    <div className="mt-2 rounded-md bg-raised px-3 py-2">
      <p className="text-xs font-semibold text-muted">To try it with a mail client</p>
      <ul className="mt-1 list-disc pl-5">
        {steps.map((step) => (
          <li key={step} className="break-words">
            {(step.charAt(0).toUpperCase() + step.slice(1)).split(TECHNICAL).map((part, index) => (
              index % 2 === 1 ? <code key={index} className="break-words text-xs">{part}</code> : part
            ))}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Counts({ counts, label }: { counts: NonNullable<MailStatus['inbound']>; label: string }) {
  if (counts.length === 0) return <span className="text-muted">none yet</span>;
  return (
    <ul aria-label={label} className="flex flex-wrap gap-1.5">
      {counts.map((count) => (
        <li key={count.state}>
          <MailStateBadge state={count.state ?? ''} count={NUMBER.format(count.count ?? 0)} />
        </li>
      ))}
    </ul>
  );
}
