package io.autocrm.events.ticket;

import io.autocrm.events.common.TeamId;
import io.autocrm.events.common.TicketId;
import org.axonframework.serialization.Revision;

/** A team was assigned; {@code previousTeamId} is null when none was. */
@Revision("1")
public record TicketTeamAssignedEvent(TicketId ticketId, TeamId teamId, TeamId previousTeamId) {
}
