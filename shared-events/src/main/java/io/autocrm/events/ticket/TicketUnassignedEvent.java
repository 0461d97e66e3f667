package io.autocrm.events.ticket;

import io.autocrm.events.common.*;
import java.util.List;
import org.axonframework.serialization.Revision;

/** The ticket's agent was removed. */
@Revision("1")
public record TicketUnassignedEvent(TicketId ticketId, AgentId previousAssigneeId) {
}
