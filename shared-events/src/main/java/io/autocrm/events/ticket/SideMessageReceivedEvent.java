package io.autocrm.events.ticket;

import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.SideConversationId;
import io.autocrm.events.common.TicketId;
import org.axonframework.serialization.Revision;

/**
 * An answer came back into a side conversation by mail from {@code senderId} (a contact in the personal-data store).
 * Agents alone see it; it never joins the public conversation. The body lives in the personal-data store under
 * {@code messageId}.
 */
@Revision("1")
public record SideMessageReceivedEvent(TicketId ticketId, SideConversationId conversationId, MessageId messageId,
                                       CustomerId senderId) {
}
