package io.autocrm.command.ticket;

import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.TicketId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Add the customer's message; {@code authorId} defaults to the requester. On a closed ticket the message opens a
 * linked follow-up ticket instead. Answers {@link MessageAdded}, naming the ticket that got the message.
 * {@code format} is {@code text} or {@code html} (sanitised when handled; see {@link MessageBody}).
 */
public record AddCustomerMessageCommand(@TargetAggregateIdentifier TicketId ticketId,
                                        @TargetAggregateVersion Long expectedAggregateVersion, MessageId messageId,
                                        CustomerId authorId, String body, String format) {

    /** A plain-text message. */
    public AddCustomerMessageCommand(TicketId ticketId, Long expectedAggregateVersion, MessageId messageId, CustomerId authorId,
            String body) {
        this(ticketId, expectedAggregateVersion, messageId, authorId, body, MessageBody.TEXT);
    }
}
