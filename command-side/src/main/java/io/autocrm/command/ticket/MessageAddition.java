package io.autocrm.command.ticket;

import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.TicketId;

/**
 * The answer to a message command: the ticket that got the message (a new follow-up ticket when the addressed one was
 * closed), the message id and that ticket's resulting API version.
 */
public record MessageAddition(TicketId ticketId, MessageId messageId, long version, boolean followUp) {
}
