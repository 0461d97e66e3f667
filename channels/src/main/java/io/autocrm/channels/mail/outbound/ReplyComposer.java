package io.autocrm.channels.mail.outbound;

import io.autocrm.channels.mail.MailProperties;
import io.autocrm.channels.mail.MailThreads;
import io.autocrm.channels.mail.ThreadIndex;
import io.autocrm.command.customer.CustomerLookup;
import io.autocrm.command.ticket.TicketFacts;
import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.SideConversationId;
import io.autocrm.events.common.TicketId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jsoup.nodes.Entities;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a queued mail before its first attempt and keeps what it wrote, so every retry sends the same mail. A public
 * reply goes to the ticket's requester from the support address, answered through a reply address that names the
 * ticket's thread ({@code support+<token>@…}); its subject carries {@code [#number]}; it answers the ticket's last
 * received mail (In-Reply-To) and names the thread's earlier mails (References) and Outlook's conversation
 * (Thread-Index), so every mail client threads it. A reply whose requester or text was erased meanwhile is not sent.
 */
@Component
class ReplyComposer {

    /** Above this line a customer's answer is theirs; below it, the quoted mail, which inbound mail strips. */
    static final String REPLY_ABOVE = "##- Please type your reply above this line -##";
    private static final int MAX_REFERENCES = 20;
    private final TicketFacts tickets;
    private final CustomerLookup customers;
    private final MailThreads threads;
    private final MailProperties properties;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    ReplyComposer(TicketFacts tickets, CustomerLookup customers, MailThreads threads, MailProperties properties,
                  JdbcClient jdbc, TransactionTemplate transaction) {
        this.tickets = tickets;
        this.customers = customers;
        this.threads = threads;
        this.properties = properties;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** The mail as it will be sent; empty when there is nothing to send any more (then the row is cancelled). */
    Optional<OutboxRow> compose(OutboxRow row) {
        if (row.composed()) {
            return Optional.of(row);
        }
        if ("account".equals(row.kind())) {
            String id = "account-" + row.id() + "@" + properties.domain();
            jdbc.sql("UPDATE mail.outbox SET header_message_id = ? WHERE id = ? AND header_message_id IS NULL")
                    .params(id, row.id()).update();
            return Optional.of(row.written(row.recipients(), row.cc(), row.subject(), row.bodyText(), row.bodyHtml(),
                    id, null, List.of()));
        }
        return transaction.execute(status -> "side-message".equals(row.kind()) ? composeSide(row)
                : composeReply(row));
    }

    /**
     * Writes a side message like a reply (ticket loaded first, the people held), to its recipients only, from the
     * support address with the side conversation's own reply address and threading: its Message-IDs are kept apart
     * from the ticket's, so that an answer goes back into the side thread and a public reply never names them. The
     * subject is the side conversation's own, without the ticket's number, which is none of the third party's business.
     */
    private Optional<OutboxRow> composeSide(OutboxRow row) {
        Optional<TicketFacts.Facts> ticket = tickets.find(new TicketId(row.ticketId()));
        Optional<CustomerLookup.Contact> requester = ticket.flatMap(t -> customers.contactForMail(t.requesterId()));
        Optional<TicketFacts.MessageText> text = tickets.sideMessageOf(new MessageId(row.messageId()));
        SideConversationId conversationId = new SideConversationId(row.sideConversationId());
        Optional<String> topic = tickets.sideSubjectOf(conversationId);
        List<String> to = row.recipientIds().stream().map(id -> customers.contactForMail(new CustomerId(id)))
                .flatMap(Optional::stream).map(CustomerLookup.Contact::email)
                .filter(email -> email != null && !email.isBlank()).toList();
        String nothing = ticket.isEmpty() ? "the ticket no longer exists"
                : requester.isEmpty() ? "the requester was erased"
                : text.isEmpty() || topic.isEmpty() ? "the message's text was erased"
                : to.isEmpty() ? "every recipient was erased" : null;
        if (nothing != null) {
            jdbc.sql("UPDATE mail.outbox SET state = 'cancelled', last_error = ? WHERE id = ?")
                    .params("not sent: " + nothing, row.id()).update();
            return Optional.empty();
        }
        threads.sideTokenOf(row.sideConversationId(), row.ticketId());
        List<String> earlier = threads.sideMessagesOf(row.sideConversationId());
        List<String> refs = new ArrayList<>(earlier.size() > MAX_REFERENCES
                ? earlier.subList(earlier.size() - MAX_REFERENCES, earlier.size()) : earlier);
        String inReplyTo = threads.lastReceivedSide(row.sideConversationId())
                .orElse(refs.isEmpty() ? null : refs.getLast());
        String subject = (earlier.isEmpty() ? "" : "Re: ") + topic.get();
        String messageId = "side-" + row.messageId() + "@" + properties.domain();
        threads.rememberSide(messageId, row.ticketId(), row.sideConversationId(), "out");
        String bodyText = REPLY_ABOVE + "\n\n" + text.get().text();
        String bodyHtml = """
                <div style="font-family:system-ui,sans-serif;font-size:14px;line-height:1.5">\
                <p style="color:#6b7280;font-size:12px">%s</p>%s</div>""".formatted(Entities.escape(REPLY_ABOVE),
                text.get().html());
        jdbc.sql("""
                        UPDATE mail.outbox SET recipients = ?, subject = ?, body_text = ?, body_html = ?,
                               header_message_id = ?, in_reply_to = ?, refs = ?, subject_id = ?
                         WHERE id = ? AND header_message_id IS NULL""")
                .params(to.toArray(String[]::new), subject, bodyText, bodyHtml, messageId, inReplyTo,
                        refs.toArray(String[]::new), requester.get().id().value(), row.id()).update();
        return Optional.of(row.written(to, List.of(), subject, bodyText, bodyHtml, messageId, inReplyTo, refs));
    }

    /**
     * Writes the reply in one transaction that first loads the ticket (an Axon unit of work rolled back at its end,
     * which rolls this transaction's connection back too: it must come before any write) and then holds the
     * requester's personal-data row ({@link CustomerLookup#contactForMail}): an erasure waits for this transaction and
     * then deletes the written mail with the rest, or came first and there is nothing to send.
     */
    private Optional<OutboxRow> composeReply(OutboxRow row) {
        Optional<TicketFacts.Facts> ticket = tickets.find(new TicketId(row.ticketId()));
        Optional<CustomerLookup.Contact> requester = ticket.flatMap(t -> customers.contactForMail(t.requesterId()));
        Optional<TicketFacts.MessageText> text = tickets.messageOf(new MessageId(row.messageId()));
        String nothing = ticket.isEmpty() ? "the ticket no longer exists"
                : requester.isEmpty() ? "the requester was erased"
                : requester.get().email() == null || requester.get().email().isBlank()
                ? "the requester has no e-mail address"
                : text.isEmpty() ? "the reply's text was erased" : null;
        if (nothing != null) {
            jdbc.sql("UPDATE mail.outbox SET state = 'cancelled', last_error = ? WHERE id = ?")
                    .params("not sent: " + nothing, row.id()).update();
            return Optional.empty();
        }
        long number = ticket.get().number();
        String subject = "Re: " + tickets.subjectOf(new TicketId(row.ticketId())).orElse("Your request")
                + " [#" + number + "]";
        threads.tokenOf(row.ticketId(), number);
        List<String> earlier = threads.messagesOf(row.ticketId());
        List<String> refs = new ArrayList<>(earlier.size() > MAX_REFERENCES
                ? earlier.subList(earlier.size() - MAX_REFERENCES, earlier.size()) : earlier);
        String inReplyTo = threads.lastReceived(row.ticketId()).orElse(refs.isEmpty() ? null : refs.getLast());
        String messageId = "reply-" + row.messageId() + "@" + properties.domain();
        threads.remember(messageId, row.ticketId(), "out");
        threads.rememberConversation(ThreadIndex.conversationOf(row.ticketId()), row.ticketId());
        String bodyText = REPLY_ABOVE + "\n\n" + text.get().text() + "\n\n-- \n" + footer(number);
        String bodyHtml = """
                <div style="font-family:system-ui,sans-serif;font-size:14px;line-height:1.5">\
                <p style="color:#6b7280;font-size:12px">%s</p>%s\
                <hr style="border:none;border-top:1px solid #e5e7eb">\
                <p style="color:#6b7280;font-size:12px">%s</p></div>""".formatted(Entities.escape(REPLY_ABOVE),
                text.get().html(), Entities.escape(footer(number)));
        UUID subjectId = requester.get().id().value();
        // The participants in Cc, each held like the requester, so that an erasure of one waits and deletes this mail.
        List<CustomerLookup.Contact> copied = ticket.get().participants().stream().map(customers::contactForMail)
                .flatMap(Optional::stream).filter(c -> c.email() != null && !c.email().isBlank()).toList();
        List<String> copies = copied.stream().map(CustomerLookup.Contact::email).toList();
        // Whom it went to, by id too: an erasure of any of them finds it after their address is gone.
        UUID[] people = java.util.stream.Stream.concat(java.util.stream.Stream.of(subjectId),
                copied.stream().map(c -> c.id().value())).toArray(UUID[]::new);
        jdbc.sql("""
                        UPDATE mail.outbox SET recipients = ARRAY[?], cc = ?, subject = ?, body_text = ?, body_html = ?,
                               header_message_id = ?, in_reply_to = ?, refs = ?, subject_id = ?, recipient_ids = ?
                         WHERE id = ? AND header_message_id IS NULL""")
                .params(requester.get().email(), copies.toArray(String[]::new), subject, bodyText, bodyHtml,
                        messageId, inReplyTo, refs.toArray(String[]::new), subjectId, people, row.id()).update();
        return Optional.of(row.written(List.of(requester.get().email()), copies, subject, bodyText, bodyHtml,
                messageId, inReplyTo, refs));
    }

    private static String footer(long number) {
        return "Request #" + number + ". Answer this mail to add to your request.";
    }

}
