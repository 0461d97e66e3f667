package io.autocrm.events.ticket;

import io.autocrm.events.common.TicketId;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** No SLA policy matches the ticket any more: its running targets stop; recorded outcomes stay. */
@Revision("1")
public record SlaPolicyRemovedEvent(TicketId ticketId, UUID policyId, int policyVersion) implements SlaRecord {
}
