package io.autocrm.events.ticket;

import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.SideConversationId;
import io.autocrm.events.common.TicketId;
import org.axonframework.serialization.Revision;

/**
 * An agent opened a side conversation about the ticket: a thread by mail with people outside it (a vendor, another
 * department), which agents alone see. Its subject lives in the personal-data store under {@code conversationId}; its
 * first message follows as a {@link SideMessageSentEvent}. {@code authorId} is null when an integration started it.
 */
@Revision("1")
public record SideConversationStartedEvent(TicketId ticketId, SideConversationId conversationId, AgentId authorId) {
}
