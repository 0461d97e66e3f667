package io.autocrm.events.ticket;

import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.TicketId;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * Ticket {@code mergedTicketId} (#{@code mergedNumber}) was merged into this one: the messages {@code messageIds} of its
 * timeline (kept in their own ticket's history) now show in this ticket's timeline, marked as coming from it. The
 * merged ticket records the other half in the same transaction ({@link TicketMergedEvent}).
 */
@Revision("1")
public record TicketMergeReceivedEvent(TicketId ticketId, TicketId mergedTicketId, long mergedNumber,
                                       List<MessageId> messageIds) {

    public TicketMergeReceivedEvent {
        messageIds = List.copyOf(messageIds);
    }
}
