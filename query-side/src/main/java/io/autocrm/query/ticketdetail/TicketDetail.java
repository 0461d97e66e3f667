package io.autocrm.query.ticketdetail;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.autocrm.query.queue.QueueItem;
import java.util.List;

/** A ticket with its conversation: the queue row's fields, then {@code messages} oldest first. */
public record TicketDetail(@JsonUnwrapped QueueItem ticket, List<MessageView> messages) {

    public TicketDetail {
        messages = List.copyOf(messages);
    }
}
