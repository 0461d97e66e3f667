package io.autocrm.events.ticket;

import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.TicketId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * An SLA target was met at {@code at}: by the reply or note {@code messageId} (reply and update targets), or by the
 * ticket being solved (resolution targets, {@code messageId} null). {@code breached}: it came after the due time.
 */
@Revision("1")
public record SlaFulfilledEvent(TicketId ticketId, SlaMetric metric, int cycle, Instant at, MessageId messageId,
                                boolean breached) implements SlaRecord {
}
