package io.autocrm.command.ticket;

import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.TicketId;

/**
 * The answer to a message command: the ticket that got the message (a new follow-up ticket when the addressed one was
 * closed), the message id and that ticket's resulting API version. A customer message to a ticket merged into another
 * is not added there: the answer names the survivor in {@code forwardTo} (version 0), where the sender delivers it.
 */
public record MessageAddition(TicketId ticketId, MessageId messageId, long version, boolean followUp,
                              TicketId forwardTo) {

    public MessageAddition(TicketId ticketId, MessageId messageId, long version, boolean followUp) {
        this(ticketId, messageId, version, followUp, null);
    }

    /** The message belongs on {@code survivor}: {@code ticketId} was merged into it. */
    static MessageAddition forward(TicketId ticketId, MessageId messageId, TicketId survivor) {
        return new MessageAddition(ticketId, messageId, 0, false, survivor);
    }
}
