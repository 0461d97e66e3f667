package io.autocrm.query.ticketdetail;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.autocrm.query.queue.QueueItem;
import java.util.List;

/**
 * A ticket with its conversation: the queue row's fields, then {@code messages} oldest first (its own, and those of
 * tickets merged into it or split from, in order of writing), then how it links to other tickets, then who takes
 * part beside the requester ({@code participants}, CCs; staff only), then its side conversations with people outside
 * it ({@code sideConversations}, oldest first; staff only).
 */
public record TicketDetail(@JsonUnwrapped QueueItem ticket, List<MessageView> messages, TicketLinks links,
                           List<ParticipantView> participants, List<SideConversationView> sideConversations) {

    public TicketDetail {
        messages = List.copyOf(messages);
        participants = participants == null ? List.of() : List.copyOf(participants);
        sideConversations = sideConversations == null ? List.of() : List.copyOf(sideConversations);
    }

    public TicketDetail(QueueItem ticket, List<MessageView> messages, TicketLinks links) {
        this(ticket, messages, links, List.of(), List.of());
    }
}
