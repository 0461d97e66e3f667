package io.autocrm.command.ticket;

import io.autocrm.events.common.AttachmentId;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.SideConversationId;
import io.autocrm.events.common.TicketId;
import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An answer that came back into a side conversation by mail, from {@code sender} (a contact found by address, or
 * registered with it). Only the mail channel sends it (cause {@code mail}); it is taken on a closed or merged ticket
 * too, so that no answer is lost, and reopens a closed side conversation. Answers {@link SideMessageAddition}.
 */
public record ReceiveSideMessageCommand(@TargetAggregateIdentifier TicketId ticketId,
                                        SideConversationId conversationId, MessageId messageId,
                                        CreateTicketCommand.Requester sender, String body, String format,
                                        List<AttachmentId> attachmentIds) {

    public ReceiveSideMessageCommand {
        format = Objects.requireNonNullElse(format, MessageBody.TEXT);
        attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
    }
}
