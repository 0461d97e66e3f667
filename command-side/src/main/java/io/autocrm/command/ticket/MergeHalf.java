package io.autocrm.command.ticket;

import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.TicketId;
import java.util.List;

/**
 * What the merged ticket's half of a merge or undo answers: the survivor, this ticket's timeline (the messages that
 * join or leave the survivor's) and this ticket's resulting API version.
 */
record MergeHalf(TicketId survivorId, long survivorNumber, List<MessageId> messageIds, long version) {

    MergeHalf {
        messageIds = List.copyOf(messageIds);
    }
}
