package io.autocrm.command.ticket;

import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.TicketId;
import java.util.List;

/** A merge a ticket received: the merged ticket and the messages of it that joined this ticket's timeline. */
record ReceivedMerge(TicketId mergedId, long mergedNumber, List<MessageId> messageIds) {

    ReceivedMerge {
        messageIds = List.copyOf(messageIds);
    }
}
