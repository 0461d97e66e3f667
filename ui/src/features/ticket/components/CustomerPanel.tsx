import { Link } from '@tanstack/react-router';
import type { Schemas } from '@/api/client';
import { ErrorState } from '@/components/ui/ErrorState';
import { RelativeTime } from '@/components/ui/RelativeTime';
import { Spinner } from '@/components/ui/Spinner';
import { type QueueItem, useCustomer, useOrganisations, useRequesterTickets } from '../api/customer';

export interface CustomerPanelProps {
  requester: Schemas['Requester'] | undefined;
  currentTicketId: string;
  statusLabel: (key: string) => string;
}

function TicketLinks({ items, currentTicketId, statusLabel }: { items: QueueItem[]; currentTicketId: string; statusLabel: (key: string) => string }) {
  return (
    <ul className="flex flex-col">
      {items.map((item) => {
        const current = item.id === currentTicketId;
        return (
          <li key={item.id}>
            <Link
              to="/tickets/$ticketId"
              params={{ ticketId: item.id ?? '' }}
              aria-current={current ? 'page' : undefined}
              className={`flex flex-col gap-0.5 rounded-md px-2 py-1.5 text-sm outline-none hover:bg-raised focus-visible:ring-2 focus-visible:ring-accent ${current ? 'bg-accent-soft' : ''}`}
            >
              <span className="truncate">
                <span className="tabular-nums text-muted">#{item.number}</span> {item.subject}
              </span>
              <span className="flex gap-2 text-xs text-muted">
                <span>{statusLabel(item.status?.key ?? '')}</span>
                {item.updatedAt && (
                  <span>
                    updated <RelativeTime value={item.updatedAt} />
                  </span>
                )}
              </span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

/** Who asked: name, email and organisation, and their other tickets (open ones first), one click away. */
export function CustomerPanel({ requester, currentTicketId, statusLabel }: CustomerPanelProps) {
  const customer = useCustomer(requester?.id);
  const organisationId = customer.data?.organisationId;
  const organisations = useOrganisations(organisationId !== undefined && organisationId !== null);
  const open = useRequesterTickets(requester?.id, 'open');
  const done = useRequesterTickets(requester?.id, 'done');
  const organisation = organisations.data?.find((item) => item.id === organisationId)?.name;

  if (!requester) {
    return null;
  }
  const name = requester.erased ? 'Erased customer' : (customer.data?.name ?? requester.name ?? 'Customer');
  const email = customer.data?.email ?? requester.email;
  return (
    <section aria-labelledby="customer-title" className="flex flex-col gap-3">
      <h2 id="customer-title" className="text-sm font-semibold">
        Requester
      </h2>
      <div className="flex items-start gap-3">
        <span aria-hidden className="grid size-9 shrink-0 place-items-center rounded-full bg-accent-soft text-sm font-semibold">
          {name.charAt(0).toUpperCase()}
        </span>
        <dl className="min-w-0 text-sm">
          <dt className="sr-only">Name</dt>
          <dd className="font-medium">{name}</dd>
          {email && (
            <>
              <dt className="sr-only">Email</dt>
              <dd className="truncate">
                <a className="text-accent underline-offset-2 hover:underline" href={`mailto:${email}`}>
                  {email}
                </a>
              </dd>
            </>
          )}
          <dt className="sr-only">Organisation</dt>
          <dd className="text-muted">{organisationId ? (organisation ?? 'Organisation…') : 'No organisation'}</dd>
        </dl>
      </div>
      {customer.isError && <ErrorState title="Profile not loaded" error={customer.error} onRetry={() => void customer.refetch()} />}
      <div>
        <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-muted">Their open tickets</h3>
        {open.isPending ? (
          <Spinner label="Loading their tickets…" />
        ) : open.isError ? (
          <ErrorState error={open.error} onRetry={() => void open.refetch()} />
        ) : (open.data.items ?? []).length === 0 ? (
          <p className="px-2 text-sm text-muted">None.</p>
        ) : (
          <TicketLinks items={open.data.items ?? []} currentTicketId={currentTicketId} statusLabel={statusLabel} />
        )}
      </div>
      {(done.data?.items ?? []).length > 0 && (
        <div>
          <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-muted">Solved and closed</h3>
          <TicketLinks items={done.data?.items ?? []} currentTicketId={currentTicketId} statusLabel={statusLabel} />
        </div>
      )}
    </section>
  );
}
