// The signed-in agent's notifications (the header's bell): what happened on their tickets that they should know,
// newest first, with how many are unread. Read again every 15 seconds and when the window regains focus.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '@/api/client';
import { notificationKeys } from '@/api/keys';

export type Notification = Schemas['NotificationView'];
export type NotificationPage = Schemas['NotificationPage'];

export const REFRESH_MS = 15_000;

export function useNotifications(enabled: boolean) {
  return useQuery({
    queryKey: notificationKeys.all,
    queryFn: () => unwrap(api.GET('/api/v1/notifications', { params: { query: { limit: 20 } } })),
    enabled,
    refetchInterval: REFRESH_MS,
    refetchOnWindowFocus: true,
  });
}

/** Marks one notification read, or all of them (no id); the list is read again after. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id?: string) => {
      if (id) {
        await unwrap(api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } }));
      } else {
        await unwrap(api.POST('/api/v1/notifications/read-all'));
      }
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

/** What the notification says, as a sentence: "Marie Curie wrote on #1042". */
export function sentenceOf(notification: Notification): string {
  const who = notification.actor?.name ?? actorFallback(notification.actor?.type);
  const ticket = `#${notification.ticketNumber ?? '?'}`;
  switch (notification.kind) {
    case 'assigned':
      return `${who} assigned ${ticket} to you`;
    case 'customer-message':
      return `${who} wrote on ${ticket}`;
    case 'side-answer':
      return `${who} answered a side conversation on ${ticket}`;
    default:
      return `Something happened on ${ticket}`;
  }
}

function actorFallback(type: string | undefined): string {
  switch (type) {
    case 'customer':
      return 'A customer';
    case 'api_key':
      return 'An integration';
    case 'system':
      return 'AutoCRM';
    default:
      return 'Someone';
  }
}
