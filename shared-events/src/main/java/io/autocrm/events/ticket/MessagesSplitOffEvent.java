package io.autocrm.events.ticket;

import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.TicketId;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The messages {@code messageIds} of this ticket moved to the new ticket {@code newTicketId} (#{@code newNumber}),
 * for the same requester. They stay in this ticket's history, shown as moved; the new ticket starts with
 * {@link TicketCreatedEvent} and {@link TicketSplitFromEvent} in the same transaction.
 */
@Revision("1")
public record MessagesSplitOffEvent(TicketId ticketId, TicketId newTicketId, long newNumber,
                                    List<MessageId> messageIds) {

    public MessagesSplitOffEvent {
        messageIds = List.copyOf(messageIds);
    }
}
