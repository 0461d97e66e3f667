package io.autocrm.events.ticket;

import io.autocrm.events.common.TicketId;
import java.util.List;
import org.axonframework.serialization.Revision;

/** Tags were added; {@code tags} holds only the ones that were not there before. */
@Revision("1")
public record TicketTaggedEvent(TicketId ticketId, List<String> tags) {
}
