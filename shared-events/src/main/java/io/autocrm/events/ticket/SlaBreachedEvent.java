package io.autocrm.events.ticket;

import io.autocrm.events.common.TicketId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** An SLA target was not met by its due time {@code at}; it stays open until fulfilled (late). */
@Revision("1")
public record SlaBreachedEvent(TicketId ticketId, SlaMetric metric, int cycle, Instant at) implements SlaRecord {
}
