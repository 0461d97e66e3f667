package io.autocrm.events.ticket;

import io.autocrm.events.common.TicketId;
import org.axonframework.serialization.Revision;

/** The ticket's type changed. */
@Revision("1")
public record TicketTypeChangedEvent(TicketId ticketId, TicketType previousType, TicketType type) {
}
