package io.autocrm.events.ticket;

import io.autocrm.events.common.*;
import java.util.List;
import org.axonframework.serialization.Revision;

/** The ticket's team was removed. */
@Revision("1")
public record TicketTeamUnassignedEvent(TicketId ticketId, TeamId previousTeamId) {
}
