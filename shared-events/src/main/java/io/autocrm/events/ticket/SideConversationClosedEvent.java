package io.autocrm.events.ticket;

import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.SideConversationId;
import io.autocrm.events.common.TicketId;
import org.axonframework.serialization.Revision;

/** An agent closed a side conversation ({@code authorId} null: an integration). An answer or a message reopens it. */
@Revision("1")
public record SideConversationClosedEvent(TicketId ticketId, SideConversationId conversationId, AgentId authorId) {
}
