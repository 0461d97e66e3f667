package io.autocrm.events.ticket;

import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.TicketId;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * This ticket was split from {@code sourceTicketId} (#{@code sourceNumber}): its timeline starts with the moved
 * messages {@code messageIds} of that ticket. Follows this ticket's {@link TicketCreatedEvent}.
 */
@Revision("1")
public record TicketSplitFromEvent(TicketId ticketId, TicketId sourceTicketId, long sourceNumber,
                                   List<MessageId> messageIds) {

    public TicketSplitFromEvent {
        messageIds = List.copyOf(messageIds);
    }
}
