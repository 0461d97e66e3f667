package io.autocrm.events.ticket;

import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.TicketId;
import org.axonframework.serialization.Revision;

/** An agent was assigned; {@code previousAssigneeId} is null when nobody was. */
@Revision("1")
public record TicketAssignedEvent(TicketId ticketId, AgentId assigneeId, AgentId previousAssigneeId) {
}
