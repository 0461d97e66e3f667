package io.autocrm.events.ticket;

import io.autocrm.events.common.TicketId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * An SLA target's clock started, paused or resumed at {@code at} (when the status changed or the message arrived,
 * which may be before this event was recorded). {@code cycle} numbers the targets of a metric that recurs (next reply,
 * updates) from 1. {@code status} is the status category the ticket had then; {@code dueAt} the due time from then on
 * (null while paused).
 */
@Revision("1")
public record SlaClockChangedEvent(TicketId ticketId, SlaMetric metric, int cycle, SlaClockChange change, Instant at,
                                   StatusCategory status, Instant dueAt) implements SlaRecord {
}
