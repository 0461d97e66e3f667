package io.autocrm.events.ticket;

import io.autocrm.events.common.TeamId;
import io.autocrm.events.common.TicketId;
import org.axonframework.serialization.Revision;

/** The ticket's team was removed. */
@Revision("1")
public record TicketTeamUnassignedEvent(TicketId ticketId, TeamId previousTeamId) {
}
