import { Link } from '@tanstack/react-router';
import { useCustomFields, useMe } from '@/api/directory';
import { ApiProblem } from '@/api/problem';
import { ErrorState } from '@/components/ui/ErrorState';
import { RelativeTime } from '@/components/ui/RelativeTime';
import { Spinner } from '@/components/ui/Spinner';
import { type CustomerTicketDetail, usePortalTicket } from '../api/portal';
import { Conversation } from './Conversation';
import { ReplyForm } from './ReplyForm';
import { StatusBadge } from './StatusBadge';

export interface PortalTicketScreenProps {
  ticketId: string;
  /** Set when this ticket was just opened as the follow-up of that (closed) ticket. */
  followUpOf?: string;
}

function TicketDetails({ ticket }: { ticket: CustomerTicketDetail }) {
  const fields = useCustomFields();
  const values = Object.entries(ticket.customFields ?? {}).filter(([, list]) => list.length > 0);
  if (values.length === 0 || !fields.data) {
    return null;
  }
  const shown = (key: string, list: string[]) => {
    const field = fields.data.find((candidate) => candidate.key === key);
    if (field?.type === 'checkbox') return list[0] === 'true' ? 'Yes' : 'No';
    return list.map((value) => field?.options?.find((option) => option.key === value)?.label ?? value).join(', ');
  };
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded-lg border border-line bg-surface p-3 text-sm">
      {values.map(([key, list]) => (
        <div key={key} className="contents">
          <dt className="text-muted">{fields.data.find((candidate) => candidate.key === key)?.label ?? key}</dt>
          <dd className="break-words">{shown(key, list)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** One request as its customer sees it: the public conversation, its details, and a reply that says what it does. */
export function PortalTicketScreen({ ticketId, followUpOf }: PortalTicketScreenProps) {
  const me = useMe();
  const ticket = usePortalTicket(ticketId);
  return (
    <div className="flex flex-col gap-4">
      <Link to="/portal" className="self-start rounded text-sm text-accent underline-offset-2 outline-none hover:underline focus-visible:ring-2 focus-visible:ring-accent">
        ← All requests
      </Link>
      {ticket.isPending ? (
        <Spinner label="Loading your request…" />
      ) : ticket.isError ? (
        <ErrorState
          error={ticket.error}
          onRetry={ticket.error instanceof ApiProblem && ticket.error.status === 404 ? undefined : () => void ticket.refetch()}
          title="This request could not be loaded"
        />
      ) : (
        <article aria-labelledby="ticket-subject" className="flex flex-col gap-4">
          <header className="flex flex-col gap-1">
            <h1 id="ticket-subject" className="break-words text-xl font-semibold">
              {ticket.data.subject}
            </h1>
            <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-muted">
              <span>#{ticket.data.number}</span>
              <StatusBadge category={ticket.data.status?.category} />
              {ticket.data.updatedAt && (
                <span>
                  updated <RelativeTime value={ticket.data.updatedAt} />
                </span>
              )}
            </p>
          </header>
          {followUpOf && (
            <p role="status" className="rounded-md border border-accent/40 bg-accent-soft px-3 py-2 text-sm">
              Your message opened this follow-up request; the closed request stays as it was.
            </p>
          )}
          {ticket.data.mergedInto?.id && (
            <p role="status" className="rounded-md border border-accent/40 bg-accent-soft px-3 py-2 text-sm">
              <strong>Your request was joined with #{ticket.data.mergedInto.number}.</strong> The conversation goes on
              there, and anything you write here reaches it too.{' '}
              <Link
                to="/portal/tickets/$ticketId"
                params={{ ticketId: ticket.data.mergedInto.id }}
                className="font-medium text-accent underline-offset-2 hover:underline"
              >
                Go to #{ticket.data.mergedInto.number}
              </Link>
            </p>
          )}
          {ticket.data.status?.category === 'closed' && !ticket.data.mergedInto && (
            <p className="rounded-md border border-line bg-raised px-3 py-2 text-sm">
              <strong>This request is closed.</strong> It stays as it is; the support team considers it done.
            </p>
          )}
          <TicketDetails ticket={ticket.data} />
          <Conversation ticket={ticket.data} customerId={me.data?.id} />
          {!ticket.data.mergedInto && <ReplyForm key={ticketId} ticketId={ticketId} category={ticket.data.status?.category} />}
        </article>
      )}
    </div>
  );
}
