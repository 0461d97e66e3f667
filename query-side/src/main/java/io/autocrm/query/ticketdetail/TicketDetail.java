package io.autocrm.query.ticketdetail;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.autocrm.query.queue.QueueItem;
import java.util.List;

/**
 * A ticket with its conversation: the queue row's fields, then {@code messages} oldest first (its own, and those of
 * tickets merged into it or split from, in order of writing), then how it links to other tickets.
 */
public record TicketDetail(@JsonUnwrapped QueueItem ticket, List<MessageView> messages, TicketLinks links) {

    public TicketDetail {
        messages = List.copyOf(messages);
    }
}
