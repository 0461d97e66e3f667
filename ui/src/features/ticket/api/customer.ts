// The requester of the open ticket: their profile and their other tickets, open ones first.
import { useQuery } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '@/api/client';
import { customerKeys, directoryKeys, queueKeys } from '@/api/keys';
import { UNSOLVED } from '@/lib/labels';

export type QueueItem = Schemas['QueueItem'];

export function useCustomer(customerId: string | undefined) {
  return useQuery({
    queryKey: customerKeys.detail(customerId ?? ''),
    queryFn: () => unwrap(api.GET('/api/v1/customers/{id}', { params: { path: { id: customerId ?? '' } } })),
    enabled: customerId !== undefined,
    staleTime: 5 * 60_000,
  });
}

export function useOrganisations(enabled: boolean) {
  return useQuery({
    queryKey: directoryKeys.organisations,
    queryFn: () => unwrap(api.GET('/api/v1/organisations')),
    enabled,
    staleTime: 5 * 60_000,
  });
}

const LIMITS = { open: 25, done: 10 } as const;

/** The requester's unsolved tickets (scope open) or their solved and closed ones (scope done), newest change first. */
export function useRequesterTickets(requesterId: string | undefined, scope: 'open' | 'done') {
  return useQuery({
    queryKey: queueKeys.requester(requesterId ?? '', scope),
    queryFn: async () => {
      const page = await unwrap(
        api.GET('/api/v1/tickets', {
          params: {
            query: {
              requesterId,
              category: scope === 'open' ? [...UNSOLVED] : ['solved', 'closed'],
              sort: '-updatedAt',
              limit: LIMITS[scope],
            },
          },
        }),
      );
      // The workspace is staff-only: staff callers get the staff page shape.
      return page as Schemas['QueuePage'];
    },
    enabled: requesterId !== undefined,
  });
}
