package io.autocrm.events.ticket;

import io.autocrm.events.common.SideConversationId;
import io.autocrm.events.common.TicketId;
import org.axonframework.serialization.Revision;

/** A closed side conversation is open again: an agent wrote in it, or an answer came back into it. */
@Revision("1")
public record SideConversationReopenedEvent(TicketId ticketId, SideConversationId conversationId) {
}
