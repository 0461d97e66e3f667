package io.autocrm.command.ticket;

import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.AttachmentId;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.SideConversationId;
import io.autocrm.events.common.TicketId;
import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Start a side conversation about the ticket: a mail with {@code subject} and its first message to {@code to}
 * (contacts found by address or registered with the change), which agents alone see. Staff and integrations; not
 * customers. {@code authorId}: the agent (none: an integration). Answers {@link SideMessageAddition}.
 */
public record StartSideConversationCommand(@TargetAggregateIdentifier TicketId ticketId,
                                           @TargetAggregateVersion Long expectedAggregateVersion,
                                           SideConversationId conversationId, MessageId messageId, AgentId authorId,
                                           String subject, String body, String format,
                                           List<CreateTicketCommand.Requester> to, List<AttachmentId> attachmentIds) {

    public StartSideConversationCommand {
        format = Objects.requireNonNullElse(format, MessageBody.TEXT);
        to = to == null ? List.of() : List.copyOf(to);
        attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
    }
}
