package io.autocrm.events.ticket;

import io.autocrm.events.common.TicketId;
import java.util.List;
import org.axonframework.serialization.Revision;

/** Tags were removed; {@code tags} holds only the ones that were there. */
@Revision("1")
public record TicketUntaggedEvent(TicketId ticketId, List<String> tags) {
}
