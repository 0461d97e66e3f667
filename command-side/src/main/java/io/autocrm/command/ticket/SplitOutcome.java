package io.autocrm.command.ticket;

import io.autocrm.events.common.TicketId;

/** The answer to a split: the source ticket's resulting version, and the new ticket with its number and version. */
public record SplitOutcome(TicketId ticketId, long version, TicketId newTicketId, long newNumber, long newVersion) {
}
