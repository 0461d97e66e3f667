package io.autocrm.command.ticket;

import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.TicketId;

/** A ticket taking part in a merge, as the other ticket needs to know it. */
record MergeParty(TicketId ticketId, long number, CustomerId requesterId) {
}
