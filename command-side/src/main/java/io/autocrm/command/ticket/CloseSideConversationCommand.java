package io.autocrm.command.ticket;

import io.autocrm.events.common.SideConversationId;
import io.autocrm.events.common.TicketId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Close a side conversation (closing a closed one changes nothing); an answer or a message opens it again. Staff and
 * integrations. Answers the ticket's version.
 */
public record CloseSideConversationCommand(@TargetAggregateIdentifier TicketId ticketId,
                                           @TargetAggregateVersion Long expectedAggregateVersion,
                                           SideConversationId conversationId) {
}
