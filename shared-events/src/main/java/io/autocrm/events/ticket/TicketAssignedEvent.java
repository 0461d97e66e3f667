package io.autocrm.events.ticket;

import io.autocrm.events.common.*;
import java.util.List;
import org.axonframework.serialization.Revision;

/** An agent was assigned; {@code previousAssigneeId} is null when nobody was. */
@Revision("1")
public record TicketAssignedEvent(TicketId ticketId, AgentId assigneeId, AgentId previousAssigneeId) {
}
