package io.autocrm.command.ticket;

import io.autocrm.events.common.TicketId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The merged ticket's half of an undo: stand on its own again, in the status it had before the merge. Sent only by
 * {@link TicketMerges}. Answers this ticket's {@link MergeHalf} (naming the survivor).
 */
record UndoMergeCommand(@TargetAggregateIdentifier TicketId ticketId) {
}
