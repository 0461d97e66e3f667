// A ticket's participants (CCs): customers beside the requester who get its public replies by mail (in Cc) and whose
// mail is added to it. Staff add them by address and remove them, each write conditional on the version the agent saw.
import { api, ifMatch, type Schemas, unwrap } from '@/api/client';

export type Participant = Schemas['ParticipantView'];
export type AddedParticipant = Schemas['AddedParticipant'];

/**
 * Adds the customer with this address as a participant (the server registers one when none has it). Adding the
 * requester or a participant again changes nothing and answers the same version.
 */
export async function addParticipant(ticketId: string, version: number, email: string): Promise<AddedParticipant> {
  return unwrap(
    api.POST('/api/v1/tickets/{id}/participants', {
      params: { path: { id: ticketId }, header: { 'If-Match': ifMatch(version) } },
      body: { email },
    }),
  );
}

/** Removes a participant; answers the ticket's new version. */
export async function removeParticipant(ticketId: string, version: number, customerId: string): Promise<number> {
  const removed = await unwrap(
    api.DELETE('/api/v1/tickets/{id}/participants/{customerId}', {
      params: { path: { id: ticketId, customerId }, header: { 'If-Match': ifMatch(version) } },
    }),
  );
  return removed.version ?? version;
}
