package io.autocrm.command.ticket;

import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.TicketId;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Ticket texts in {@code pii.ticket_content}: subjects under the ticket id, messages under the message id. */
@Repository
class TicketContentStore implements TicketContents {

    private static final String INSERT = """
            INSERT INTO pii.ticket_content (content_id, ticket_id, subject_id, kind, body) VALUES (?, ?, ?, ?, ?)""";
    private final JdbcClient jdbc;

    TicketContentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void addSubject(TicketId ticketId, CustomerId subjectId, String subject) {
        jdbc.sql(INSERT).params(ticketId.value(), ticketId.value(), subjectId.value(), "subject", subject).update();
    }

    @Override
    public void addMessage(MessageId messageId, TicketId ticketId, CustomerId subjectId, String body) {
        jdbc.sql(INSERT).params(messageId.value(), ticketId.value(), subjectId.value(), "message", body).update();
    }

    @Override
    public Optional<String> subjectOf(TicketId ticketId) {
        return jdbc.sql("SELECT body FROM pii.ticket_content WHERE content_id = ? AND kind = 'subject'")
                .param(ticketId.value()).query(String.class).optional();
    }
}
