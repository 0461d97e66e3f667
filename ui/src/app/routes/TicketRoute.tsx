import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useCallback } from 'react';
import { TicketScreen } from '@/features/ticket/components/TicketScreen';
import { neighbour } from '../queueOrder';

/** /tickets/$ticketId, with ?asOf=<instant> for the ticket as it was then. */
export function TicketRoute() {
  const { ticketId } = useParams({ from: '/workspace/tickets/$ticketId' });
  const { asOf } = useSearch({ from: '/workspace/tickets/$ticketId' });
  const navigate = useNavigate();
  const next = neighbour(ticketId, 1);
  const previous = neighbour(ticketId, -1);
  const go = useCallback((id: string) => void navigate({ to: '/tickets/$ticketId', params: { ticketId: id } }), [navigate]);
  const changeAsOf = useCallback(
    (instant: string | undefined) => void navigate({ to: '/tickets/$ticketId', params: { ticketId }, search: instant ? { asOf: instant } : {} }),
    [navigate, ticketId],
  );
  return (
    <TicketScreen
      key={ticketId}
      ticketId={ticketId}
      asOf={asOf}
      onAsOfChange={changeAsOf}
      onNext={next ? () => go(next) : undefined}
      onPrevious={previous ? () => go(previous) : undefined}
    />
  );
}
