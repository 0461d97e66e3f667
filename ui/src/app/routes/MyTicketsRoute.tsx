import { MyTickets } from '@/features/my-tickets/components/MyTickets';

export function MyTicketsRoute() {
  return <MyTickets />;
}
