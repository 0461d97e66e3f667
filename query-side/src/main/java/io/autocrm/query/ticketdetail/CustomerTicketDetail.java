package io.autocrm.query.ticketdetail;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.autocrm.query.queue.CustomerTicket;
import io.autocrm.query.access.CustomerViewRules;
import java.util.List;
import java.util.Set;

/**
 * A ticket with its conversation as its customer sees it: the {@link CustomerTicket} fields, then the public messages
 * (description, customer messages, public replies) oldest first. Internal notes are left out whole; integrations and
 * automations that replied show their type without an id. Of the links to other tickets a customer learns only the
 * ticket their request was joined with ({@code mergedInto}, null unless merged).
 */
public record CustomerTicketDetail(@JsonUnwrapped CustomerTicket ticket, List<MessageView> messages,
                                   TicketRef mergedInto) {

    private static final Set<String> PUBLIC_KINDS = Set.of(MessageEntry.DESCRIPTION, MessageEntry.CUSTOMER_MESSAGE,
            MessageEntry.PUBLIC_REPLY);
    private static final Set<String> PEOPLE = Set.of("agent", "customer");

    public CustomerTicketDetail {
        messages = List.copyOf(messages);
    }

    static CustomerTicketDetail of(TicketDetail detail, CustomerViewRules rules) {
        return new CustomerTicketDetail(CustomerTicket.of(detail.ticket(), rules), detail.messages().stream()
                .filter(m -> PUBLIC_KINDS.contains(m.kind())).map(CustomerTicketDetail::publicAuthor).toList(),
                detail.links().mergedInto());
    }

    private static MessageView publicAuthor(MessageView m) {
        if (PEOPLE.contains(m.author().type())) {
            return m;
        }
        return new MessageView(m.id(), m.kind(), new MessageView.Author(m.author().type(), null, m.author().name()),
                m.body(), m.bodyHtml(), m.createdAt(), m.origin(), m.movedTo(), m.attachments());
    }
}
