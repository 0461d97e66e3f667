package io.autocrm.events.ticket;

import io.autocrm.events.common.TicketId;
import org.axonframework.serialization.Revision;

/** The ticket's priority changed. */
@Revision("1")
public record TicketPriorityChangedEvent(TicketId ticketId, Priority previousPriority, Priority priority) {
}
