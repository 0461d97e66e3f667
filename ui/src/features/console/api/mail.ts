// The e-mail channel for admins: its state (address, embedded server, mailbox), the mail received and what became of
// each, the mail sent with delivery states, sending a failed one again, and the original of a received mail.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/api/client';
import { adminKeys } from '@/api/keys';
import { saveFile } from '@/lib/download';

export type MailStatus = Schemas['MailStatus'];
export type ReceivedMail = Schemas['ReceivedMail'];
export type SentMail = Schemas['SentMail'];

export const RECEIVED_STATES = ['ticket-created', 'message-added', 'side-message-added', 'ignored', 'quarantined'] as const;
export const SENT_STATES = ['queued', 'sending', 'sent', 'failed', 'cancelled'] as const;

const PAGE = '50';

/** "ticket-created" → "ticket created". */
export function stateLabel(state: string): string {
  return state.replaceAll('-', ' ');
}

/** "820 bytes", "3.2 KB", "1.4 MB". */
export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Mail on its way: the outbox list is read again every few seconds while any shown is queued or sending. */
export function inFlight(mail: readonly SentMail[]): boolean {
  return mail.some((m) => m.state === 'queued' || m.state === 'sending');
}

/** Only a failed or cancelled mail can be sent again (the server refuses others with mail-not-retryable). */
export function retryable(mail: SentMail): boolean {
  return mail.state === 'failed' || mail.state === 'cancelled';
}

/** The channel's state, read again every 10 s while the screen is open (counts move as mail comes and goes). */
export function useMailStatus() {
  return useQuery({
    queryKey: adminKeys.mailStatus,
    queryFn: () => unwrap(api.GET('/api/v1/admin/mail/status')),
    refetchInterval: 10_000,
    staleTime: 0,
  });
}

/** Received mail, newest first, a page at a time; state '' is every state. */
export function useReceivedMail(state: string) {
  return useInfiniteQuery({
    queryKey: adminKeys.receivedMail(state),
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/admin/mail/inbound', {
      params: { query: { ...(state ? { state } : {}), ...(pageParam ? { cursor: pageParam } : {}), limit: PAGE } },
    })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** Sent mail, newest first, a page at a time; state '' is every state. */
export function useSentMail(state: string) {
  return useInfiniteQuery({
    queryKey: adminKeys.sentMail(state),
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/admin/mail/outbox', {
      params: { query: { ...(state ? { state } : {}), ...(pageParam ? { cursor: pageParam } : {}), limit: PAGE } },
    })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchInterval: (query) => (inFlight(query.state.data?.pages.flatMap((page) => page.items ?? []) ?? []) ? 3_000 : false),
  });
}

/** Sends a failed or cancelled mail again; the lists and counts are read again. */
export function useRetryMail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/v1/admin/mail/outbox/{id}/retry', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.mail }),
  });
}

/** Downloads a received mail's original (message/rfc822) as mail-<id>.eml. */
export function useDownloadOriginal() {
  return useMutation({
    mutationFn: async (id: string) => {
      const blob = await unwrap(api.GET('/api/v1/admin/mail/inbound/{id}/original', { params: { path: { id } }, parseAs: 'blob' }));
      saveFile(blob, `mail-${id}.eml`);
    },
  });
}
