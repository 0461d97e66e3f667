import { useState } from 'react';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { RelativeTime } from '@/components/ui/RelativeTime';
import { Spinner } from '@/components/ui/Spinner';
import { humanize } from '@/lib/labels';
import { useMyTicket, useMyTickets } from '../api/myTickets';
import { PublicConversation } from './PublicConversation';

/** A customer's page until the portal arrives: their tickets and each one's public conversation. */
export function MyTickets() {
  const tickets = useMyTickets();
  const [openId, setOpenId] = useState<string | undefined>();
  const detail = useMyTicket(openId);
  return (
    <div className="mx-auto flex w-full max-w-5xl flex-1 gap-4 overflow-y-auto p-4 max-md:flex-col">
      <section aria-labelledby="my-tickets-title" className="w-full md:w-96">
        <h1 id="my-tickets-title" className="mb-3 text-xl font-semibold">Your tickets</h1>
        {tickets.isPending ? <Spinner /> : tickets.isError ? <ErrorState error={tickets.error} onRetry={() => void tickets.refetch()} /> :
          tickets.data.length === 0 ? <EmptyState title="You have no tickets yet" /> : (
            <ul className="flex flex-col gap-2">
              {tickets.data.map((ticket) => (
                <li key={ticket.id}>
                  <button type="button" onClick={() => setOpenId(ticket.id)} aria-current={openId === ticket.id ? 'true' : undefined}
                    className={`w-full rounded-lg border p-3 text-left hover:bg-raised ${openId === ticket.id ? 'border-accent bg-accent-soft' : 'border-line bg-surface'}`}>
                    <span className="block font-medium">{ticket.subject}</span>
                    <span className="text-xs text-muted">
                      #{ticket.number} · {humanize(ticket.status?.key)} · updated {ticket.updatedAt && <RelativeTime value={ticket.updatedAt} />}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
      </section>
      <section aria-label="Conversation" className="min-w-0 flex-1">
        {!openId ? <EmptyState title="Pick a ticket to read its conversation" /> :
          detail.isPending ? <Spinner /> : detail.isError ? <ErrorState error={detail.error} /> : <PublicConversation ticket={detail.data} />}
      </section>
    </div>
  );
}
