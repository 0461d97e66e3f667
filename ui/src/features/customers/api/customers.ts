// The requester behind a ticket: their profile and their other tickets (open ones first).
import { useQuery } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '@/api/client';
import { customerKeys, queueKeys } from '@/api/keys';
import { UNSOLVED } from '@/lib/labels';

export function useCustomer(id: string | undefined) {
  return useQuery({
    queryKey: customerKeys.detail(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/v1/customers/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: Boolean(id),
  });
}

export function useCustomerTickets(requesterId: string | undefined) {
  const open = { requesterId, category: [...UNSOLVED], sort: '-updatedAt' as const, limit: 10 };
  const rest = { requesterId, category: ['solved' as const, 'closed' as const], sort: '-updatedAt' as const, limit: 10 };
  const read = (query: typeof open | typeof rest) => async () =>
    ((await unwrap(api.GET('/api/v1/tickets', { params: { query } }))) as Schemas['QueuePage']).items ?? [];
  const openTickets = useQuery({ queryKey: queueKeys.list(open), queryFn: read(open), enabled: Boolean(requesterId) });
  const otherTickets = useQuery({ queryKey: queueKeys.list(rest), queryFn: read(rest), enabled: Boolean(requesterId) });
  return { openTickets, otherTickets };
}
