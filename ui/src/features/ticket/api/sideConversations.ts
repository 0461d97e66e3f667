// A ticket's side conversations: threads by mail between agents and people outside the ticket (a vendor, another
// department), which agents alone see. Started with a subject, a first message and the addresses it goes to; answers
// come back into the thread by mail; an agent writes more in it, or closes it (a new message opens it again).
import { api, type Schemas, unwrap } from '@/api/client';

export type SideConversation = Schemas['SideConversationView'];
export type SideMessage = Schemas['SideMessageView'];

/** "a@x.example, B <b@y.example>; c@z" → the addresses, each once, in the order typed. */
export function addressesOf(text: string): string[] {
  const found = text
    .split(/[,;\n]+/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => /<([^>]+)>/.exec(part)?.[1]?.trim() ?? part);
  return [...new Set(found)];
}

/** Starts a side conversation; answers the ticket's new version. */
export async function startSideConversation(
  ticketId: string,
  body: { subject: string; body: string; to: string[] },
): Promise<number> {
  const started = await unwrap(
    api.POST('/api/v1/tickets/{id}/side-conversations', { params: { path: { id: ticketId } }, body: { ...body, format: 'text' } }),
  );
  return started.version ?? 0;
}

/** Writes in a side conversation (to whom its last message went); answers the ticket's new version. */
export async function sendSideMessage(ticketId: string, conversationId: string, body: string): Promise<number> {
  const sent = await unwrap(
    api.POST('/api/v1/tickets/{id}/side-conversations/{conversationId}/messages', {
      params: { path: { id: ticketId, conversationId } },
      body: { body, format: 'text' },
    }),
  );
  return sent.version ?? 0;
}

/** Closes a side conversation; answers the ticket's new version. */
export async function closeSideConversation(ticketId: string, conversationId: string): Promise<number> {
  const closed = await unwrap(
    api.POST('/api/v1/tickets/{id}/side-conversations/{conversationId}/close', {
      params: { path: { id: ticketId, conversationId } },
    }),
  );
  return closed.version ?? 0;
}

/** Who a thread is with: everyone its messages went to or came from, each once. */
export function peopleOf(conversation: SideConversation): string[] {
  const people = new Map<string, string>();
  for (const message of conversation.messages ?? []) {
    for (const person of [...(message.to ?? []), ...(message.from ? [message.from] : [])]) {
      const key = person.id ?? person.email ?? '';
      if (key && !people.has(key)) people.set(key, person.email ?? person.name ?? 'Erased contact');
    }
  }
  return [...people.values()];
}

/** Whom a message without addresses goes to: the recipients of the thread's last message an agent sent. */
export function lastRecipientsOf(conversation: SideConversation): string[] {
  const sent = [...(conversation.messages ?? [])].reverse().find((message) => message.direction === 'out');
  return (sent?.to ?? []).map((person) => person.email ?? person.name ?? 'erased contact');
}
