package io.autocrm.command.ticket;

import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.AttachmentId;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.TicketId;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Add the customer's message; {@code authorId} defaults to the requester. On a closed ticket the message opens a
 * linked follow-up ticket instead. Answers {@link MessageAddition}, naming the ticket that got the message.
 * {@code attachmentIds}: pending uploads of the sender to put on the message. {@code format} is {@code text} or
 * {@code html} (sanitised when handled; see {@link MessageBody}).
 */
public record AddCustomerMessageCommand(@TargetAggregateIdentifier TicketId ticketId,
                                        @TargetAggregateVersion Long expectedAggregateVersion, MessageId messageId,
                                        CustomerId authorId, String body, String format,
                                        List<AttachmentId> attachmentIds) {

    /** A plain-text message. */
    public AddCustomerMessageCommand(TicketId ticketId, Long expectedAggregateVersion, MessageId messageId,
                                     CustomerId authorId, String body) {
        this(ticketId, expectedAggregateVersion, messageId, authorId, body, MessageBody.TEXT, List.of());
    }

    /** A message without files. */
    public AddCustomerMessageCommand(TicketId ticketId, Long expectedAggregateVersion, MessageId messageId,
                                     CustomerId authorId, String body, String format) {
        this(ticketId, expectedAggregateVersion, messageId, authorId, body, format, List.of());
    }

    public AddCustomerMessageCommand {
        attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
    }
}
