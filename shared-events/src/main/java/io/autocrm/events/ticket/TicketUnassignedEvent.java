package io.autocrm.events.ticket;

import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.TicketId;
import org.axonframework.serialization.Revision;

/** The ticket's agent was removed. */
@Revision("1")
public record TicketUnassignedEvent(TicketId ticketId, AgentId previousAssigneeId) {
}
