package io.autocrm.command.ticket;

import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.TicketId;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Move the messages {@code messageIds} of this ticket into a new ticket {@code newTicketId} for the same requester,
 * with the subject {@code subject}; both tickets link to each other. Answers {@link SplitOutcome}.
 */
public record SplitTicketCommand(@TargetAggregateIdentifier TicketId ticketId,
                                 @TargetAggregateVersion Long expectedAggregateVersion, TicketId newTicketId,
                                 List<MessageId> messageIds, String subject) {

    public SplitTicketCommand {
        messageIds = messageIds == null ? List.of() : List.copyOf(messageIds);
    }
}
