// A ticket's mail (staff): what it received and how each was matched, what it sent and how delivery goes; read again
// whenever the ticket's version moves, and every few seconds for a while as long as a reply is still on its way.
import { useMutation, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api, type Schemas, unwrap } from '@/api/client';
import { ticketKeys } from '@/api/keys';
import { saveFile } from '@/lib/download';

export type TicketMail = Schemas['TicketMail'];
export type ReceivedMail = Schemas['ReceivedMail'];
export type SentMail = Schemas['SentMail'];

/** The mail of one message of the conversation: the mail it came by, or the mail it left as. */
export interface MessageMail {
  received?: ReceivedMail;
  sent?: SentMail;
}

const POLL_MS = 3_000;
/** Reads of one ticket version while a reply is on its way (about a minute); the next change of the ticket reads again. */
const POLLS = 20;

/** Whether any reply is still waiting to leave or leaving. */
export function onItsWay(mail: TicketMail | undefined): boolean {
  return (mail?.sent ?? []).some((sent) => sent.state === 'queued' || sent.state === 'sending');
}

/** Message id → its mail; the newest mail wins where a message has more than one. */
export function mailByMessage(mail: TicketMail | undefined): ReadonlyMap<string, MessageMail> {
  const byMessage = new Map<string, MessageMail>();
  // The server lists newest first: walking oldest first lets the newest overwrite.
  for (const received of (mail?.received ?? []).toReversed()) {
    if (received.messageId) byMessage.set(received.messageId, { ...byMessage.get(received.messageId), received });
  }
  for (const sent of (mail?.sent ?? []).toReversed()) {
    if (sent.messageId) byMessage.set(sent.messageId, { ...byMessage.get(sent.messageId), sent });
  }
  return byMessage;
}

/** The ticket's mail at the ticket's version; staff only (enabled false for anyone else: the server refuses them). */
export function useTicketMail(ticketId: string, version: number | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ticketKeys.mail(ticketId, version),
    queryFn: () => unwrap(api.GET('/api/v1/tickets/{id}/mail', { params: { path: { id: ticketId } } })),
    enabled,
    placeholderData: (previous) => previous,
    refetchInterval: (query) => (onItsWay(query.state.data) && query.state.dataUpdateCount < POLLS ? POLL_MS : false),
  });
}

/** Each message's mail, for the conversation (an empty map until it is read, and for anyone but staff). */
export function useMessageMail(ticketId: string, version: number | undefined, staff: boolean) {
  const mail = useTicketMail(ticketId, version, staff);
  const byMessage = useMemo(() => mailByMessage(mail.data), [mail.data]);
  return { byMessage, error: mail.isError ? mail.error : null, retry: () => void mail.refetch() };
}

/** Downloads the original of a mail the ticket received (message/rfc822) as mail-<id>.eml. */
export function useDownloadTicketMail(ticketId: string) {
  return useMutation({
    mutationFn: async (mailId: string) => {
      const blob = await unwrap(api.GET('/api/v1/tickets/{id}/mail/{mailId}/original', {
        params: { path: { id: ticketId, mailId } },
        parseAs: 'blob',
      }));
      saveFile(blob, `mail-${mailId}.eml`);
    },
  });
}
