import { useParams, useSearch } from '@tanstack/react-router';
import { NewTicketScreen } from '@/features/portal/components/NewTicketScreen';
import { PortalTicketScreen } from '@/features/portal/components/PortalTicketScreen';
import { PortalTicketsScreen } from '@/features/portal/components/PortalTicketsScreen';

/** /portal?scope=organisation&status=solved&q=words */
export function PortalTicketsRoute() {
  const search = useSearch({ from: '/portal/' });
  return <PortalTicketsScreen filters={{ scope: search.scope ?? 'mine', status: search.status ?? 'open', q: search.q ?? '' }} />;
}

/** /portal/new */
export function NewTicketRoute() {
  return <NewTicketScreen />;
}

/** /portal/tickets/$ticketId, with ?followUpOf=<closed ticket> right after a follow-up was opened. */
export function PortalTicketRoute() {
  const { ticketId } = useParams({ from: '/portal/tickets/$ticketId' });
  const { followUpOf } = useSearch({ from: '/portal/tickets/$ticketId' });
  return <PortalTicketScreen key={ticketId} ticketId={ticketId} followUpOf={followUpOf} />;
}
