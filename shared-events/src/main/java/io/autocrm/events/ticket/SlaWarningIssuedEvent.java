package io.autocrm.events.ticket;

import io.autocrm.events.common.TicketId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** An SLA target reached its policy's warning threshold at {@code at}; it is due at {@code dueAt}. */
@Revision("1")
public record SlaWarningIssuedEvent(TicketId ticketId, SlaMetric metric, int cycle, Instant at, Instant dueAt) implements SlaRecord {
}
