import { useNavigate, useParams, useRouter, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useMe } from '@/api/directory';
import { CustomerContext } from '@/features/customers/components/CustomerContext';
import { PresenceBar } from '@/features/presence/components/PresenceBar';
import { usePresence } from '@/features/presence/hooks/usePresence';
import { TicketView } from '@/features/ticket/components/TicketView';
import { neighbour } from '../queueOrder';

export function TicketRoute() {
  const { ticketId } = useParams({ from: '/workspace/tickets/$ticketId' });
  const { asOf } = useSearch({ from: '/workspace/tickets/$ticketId' });
  const navigate = useNavigate();
  const router = useRouter();
  const me = useMe();
  const [typing, setTyping] = useState(false);
  const viewers = usePresence(ticketId, typing);
  return (
    <TicketView
      key={ticketId}
      ticketId={ticketId}
      asOf={asOf}
      onShowAsOf={(instant) => void navigate({ to: '/tickets/$ticketId', params: { ticketId }, search: instant ? { asOf: instant } : {} })}
      onBack={() => (window.history.length > 1 ? router.history.back() : void navigate({ to: '/' }))}
      onStep={(step) => {
        const next = neighbour(ticketId, step);
        if (next) void navigate({ to: '/tickets/$ticketId', params: { ticketId: next } });
      }}
      presence={<PresenceBar viewers={viewers} myId={me.data?.id} />}
      onTypingChange={setTyping}
      renderRequester={(ticket) => <CustomerContext requesterId={ticket.requester?.id} currentTicketId={ticketId} />}
    />
  );
}
