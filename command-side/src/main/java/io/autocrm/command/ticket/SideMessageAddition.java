package io.autocrm.command.ticket;

import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.SideConversationId;
import io.autocrm.events.common.TicketId;

/** The answer to a side message: where it went and the ticket's resulting version. */
public record SideMessageAddition(TicketId ticketId, SideConversationId conversationId, MessageId messageId,
                                  long version) {
}
