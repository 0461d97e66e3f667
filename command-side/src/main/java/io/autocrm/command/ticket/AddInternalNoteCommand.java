package io.autocrm.command.ticket;

import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.AttachmentId;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.TicketId;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Add a note customers never see; {@code authorId} is null when an integration posts it. Answers
 * {@link MessageAddition}.
 * {@code attachmentIds}: pending uploads of the sender to put on the message. {@code format} is {@code text} or {@code html} (sanitised when handled; see
 * {@link MessageBody}).
 */
public record AddInternalNoteCommand(@TargetAggregateIdentifier TicketId ticketId,
                                     @TargetAggregateVersion Long expectedAggregateVersion, MessageId messageId,
                                     AgentId authorId, String body, String format,
                                     List<AttachmentId> attachmentIds) {

    /** A plain-text message. */
    public AddInternalNoteCommand(TicketId ticketId, Long expectedAggregateVersion, MessageId messageId,
                                  AgentId authorId, String body) {
        this(ticketId, expectedAggregateVersion, messageId, authorId, body, MessageBody.TEXT, List.of());
    }

    /** A message without files. */
    public AddInternalNoteCommand(TicketId ticketId, Long expectedAggregateVersion, MessageId messageId,
                                  AgentId authorId, String body, String format) {
        this(ticketId, expectedAggregateVersion, messageId, authorId, body, format, List.of());
    }

    public AddInternalNoteCommand {
        attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
    }
}
