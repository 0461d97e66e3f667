package io.autocrm.command.ticket;

import io.autocrm.events.common.TicketId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The survivor's half of an undo: the merged ticket's messages leave this ticket's timeline. Sent only by
 * {@link TicketMerges}. Answers this ticket's resulting API version.
 */
record DetachMergeCommand(@TargetAggregateIdentifier TicketId ticketId, TicketId mergedId, long mergedNumber) {
}
