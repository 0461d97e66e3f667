package io.autocrm.events.ticket;

import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.TicketId;
import org.axonframework.serialization.Revision;

/**
 * A person now takes part in the ticket beside its requester (a CC): public replies are mailed to them too, and their
 * mail to the ticket is added to it. Their name and address live in the personal-data store.
 */
@Revision("1")
public record TicketParticipantAddedEvent(TicketId ticketId, CustomerId participantId) {
}
