package io.autocrm.command.ticket;

import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.TicketId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The merged ticket's half of a merge: close this ticket as merged into {@code survivorId}. Sent only by
 * {@link TicketMerges} with the survivor's half in the same unit of work. Answers this ticket's {@link MergeHalf}.
 */
record MergeIntoCommand(@TargetAggregateIdentifier TicketId ticketId, TicketId survivorId, long survivorNumber,
                        CustomerId survivorRequesterId) {
}
