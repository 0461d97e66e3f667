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
 * Write in a side conversation; the mail goes to {@code to}, or (empty) to whom its last message went. A closed side
 * conversation opens again. Staff and integrations. Answers {@link SideMessageAddition}.
 */
public record SendSideMessageCommand(@TargetAggregateIdentifier TicketId ticketId,
                                     @TargetAggregateVersion Long expectedAggregateVersion,
                                     SideConversationId conversationId, MessageId messageId, AgentId authorId,
                                     String body, String format, List<CreateTicketCommand.Requester> to,
                                     List<AttachmentId> attachmentIds) {

    public SendSideMessageCommand {
        format = Objects.requireNonNullElse(format, MessageBody.TEXT);
        to = to == null ? List.of() : List.copyOf(to);
        attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
    }
}
