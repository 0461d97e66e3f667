package io.autocrm.events.ticket;

import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.TicketId;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The merge of ticket {@code mergedTicketId} (#{@code mergedNumber}) into this one was undone: its messages
 * {@code messageIds} leave this ticket's timeline. Everything this ticket got since the merge stays.
 */
@Revision("1")
public record TicketMergeUndoneEvent(TicketId ticketId, TicketId mergedTicketId, long mergedNumber,
                                     List<MessageId> messageIds) {

    public TicketMergeUndoneEvent {
        messageIds = List.copyOf(messageIds);
    }
}
