package io.autocrm.events.ticket;

import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.TicketId;
import org.axonframework.serialization.Revision;

/** A participant no longer takes part in the ticket: no more replies by mail, their mail opens a ticket of its own. */
@Revision("1")
public record TicketParticipantRemovedEvent(TicketId ticketId, CustomerId participantId) {
}
