package io.autocrm.events.ticket;

import io.autocrm.events.common.TicketId;
import org.axonframework.serialization.Revision;

/** The ticket moved from one status to another. */
@Revision("1")
public record TicketStatusChangedEvent(TicketId ticketId, Status previousStatus, Status status) {
}
