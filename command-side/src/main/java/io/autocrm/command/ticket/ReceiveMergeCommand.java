package io.autocrm.command.ticket;

import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.TicketId;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The survivor's half of a merge: show the merged ticket's messages in this ticket's timeline, and let its participants
 * (CCs) take part in this one (as many as a ticket takes). Sent only by
 * {@link TicketMerges}. Answers this ticket's resulting API version.
 */
record ReceiveMergeCommand(@TargetAggregateIdentifier TicketId ticketId, TicketId mergedId, long mergedNumber,
                           List<MessageId> messageIds, List<CustomerId> participants) {

    ReceiveMergeCommand {
        participants = participants == null ? List.of() : List.copyOf(participants);
    }
}
