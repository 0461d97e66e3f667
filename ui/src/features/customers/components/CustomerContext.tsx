import { Link } from '@tanstack/react-router';
import type { Schemas } from '@/api/client';
import { ErrorState } from '@/components/ui/ErrorState';
import { RelativeTime } from '@/components/ui/RelativeTime';
import { Spinner } from '@/components/ui/Spinner';
import { humanize } from '@/lib/labels';
import { useCustomer, useCustomerTickets } from '../api/customers';

export interface CustomerContextProps {
  requesterId: string | undefined;
  currentTicketId: string;
}

function TicketList({ title, items, currentTicketId }: { title: string; items: Schemas['QueueItem'][]; currentTicketId: string }) {
  const others = items.filter((item) => item.id !== currentTicketId);
  return (
    <div>
      <h3 className="mb-1 text-xs font-semibold text-muted">{title}</h3>
      {others.length === 0 ? (
        <p className="text-xs text-muted">None.</p>
      ) : (
        <ul className="flex flex-col gap-1">
          {others.map((item) => (
            <li key={item.id} className="text-sm">
              <Link to="/tickets/$ticketId" params={{ ticketId: item.id ?? '' }} className="hover:underline">
                <span className="text-muted">#{item.number}</span> {item.subject}
              </Link>
              <span className="block text-xs text-muted">
                {humanize(item.status?.key)} · {item.updatedAt && <RelativeTime value={item.updatedAt} />}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Who asked: the requester's profile and their other tickets, open ones first. */
export function CustomerContext({ requesterId, currentTicketId }: CustomerContextProps) {
  const customer = useCustomer(requesterId);
  const { openTickets, otherTickets } = useCustomerTickets(requesterId);
  if (!requesterId) return null;
  return (
    <section aria-label="Requester" className="flex flex-col gap-3">
      <h2 className="text-sm font-semibold">Requester</h2>
      {customer.isPending ? <Spinner /> : customer.isError ? <ErrorState error={customer.error} /> : (
        <dl className="text-sm">
          <dt className="sr-only">Name</dt>
          <dd className="font-medium">{customer.data.erased ? 'Erased customer' : customer.data.name}</dd>
          <dt className="sr-only">Email</dt>
          <dd className="text-muted">{customer.data.email}</dd>
        </dl>
      )}
      {openTickets.isSuccess && <TicketList title="Open tickets" items={openTickets.data} currentTicketId={currentTicketId} />}
      {otherTickets.isSuccess && <TicketList title="Solved and closed" items={otherTickets.data} currentTicketId={currentTicketId} />}
    </section>
  );
}
