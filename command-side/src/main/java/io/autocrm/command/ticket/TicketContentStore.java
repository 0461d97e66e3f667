package io.autocrm.command.ticket;

import io.autocrm.command.customer.CustomerErased;
import io.autocrm.command.customer.UnknownCustomer;
import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.SideConversationId;
import io.autocrm.events.common.TicketId;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Ticket texts in {@code pii.ticket_content}: subjects under the ticket id, messages (plain text in {@code body}, HTML
 * in {@code body_html}) under the message id, side conversations' subjects and messages likewise, as kinds of their own. Before
 * storing a text it share-locks its data subject's {@code pii.customer} row for the rest of the transaction: an
 * erasure (which updates that row) then waits until the text is committed and deletes it too, and a text that comes
 * after an erasure sees it and is refused.
 */
@Repository
class TicketContentStore implements TicketContents {

    private static final String INSERT = """
            INSERT INTO pii.ticket_content (content_id, ticket_id, subject_id, kind, body, body_html)
            VALUES (?, ?, ?, ?, ?, ?)""";
    private static final String LOCK_SUBJECT = "SELECT erased_at IS NOT NULL FROM pii.customer WHERE id = ? FOR SHARE";
    private final JdbcClient jdbc;

    TicketContentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void addSubject(TicketId ticketId, CustomerId subjectId, String subject) {
        lockActive(subjectId);
        jdbc.sql(INSERT).params(ticketId.value(), ticketId.value(), subjectId.value(), "subject", subject, null)
                .update();
    }

    @Override
    public void addMessage(MessageId messageId, TicketId ticketId, CustomerId subjectId, MessageBody body) {
        lockActive(subjectId);
        jdbc.sql(INSERT).params(messageId.value(), ticketId.value(), subjectId.value(), "message", body.text(),
                body.html()).update();
    }

    @Override
    public Optional<String> subjectOf(TicketId ticketId) {
        return jdbc.sql("SELECT body FROM pii.ticket_content WHERE content_id = ? AND kind = 'subject'")
                .param(ticketId.value()).query(String.class).optional();
    }

    @Override
    public Optional<String> descriptionOf(TicketId ticketId) {
        return jdbc.sql("""
                        SELECT body FROM pii.ticket_content WHERE ticket_id = ? AND kind = 'message'
                        ORDER BY created_at, content_id LIMIT 1""")
                .param(ticketId.value()).query(String.class).optional();
    }

    @Override
    public Optional<MessageBody> messageOf(MessageId messageId) {
        return jdbc.sql("SELECT body, body_html FROM pii.ticket_content WHERE content_id = ? AND kind = 'message'")
                .param(messageId.value())
                .query((rs, row) -> new MessageBody(rs.getString("body"), rs.getString("body_html"))).optional();
    }

    @Override
    public void addSideSubject(SideConversationId conversationId, TicketId ticketId, CustomerId subjectId,
                               String subject) {
        lockActive(subjectId);
        jdbc.sql(INSERT).params(conversationId.value(), ticketId.value(), subjectId.value(), "side-subject", subject,
                null).update();
    }

    @Override
    public void addSideMessage(MessageId messageId, TicketId ticketId, CustomerId subjectId, MessageBody body) {
        lockActive(subjectId);
        jdbc.sql(INSERT).params(messageId.value(), ticketId.value(), subjectId.value(), "side-message", body.text(),
                body.html()).update();
    }

    @Override
    public Optional<String> sideSubjectOf(SideConversationId conversationId) {
        return jdbc.sql("SELECT body FROM pii.ticket_content WHERE content_id = ? AND kind = 'side-subject'")
                .param(conversationId.value()).query(String.class).optional();
    }

    @Override
    public Optional<MessageBody> sideMessageOf(MessageId messageId) {
        return jdbc.sql("SELECT body, body_html FROM pii.ticket_content WHERE content_id = ? AND kind = 'side-message'")
                .param(messageId.value())
                .query((rs, row) -> new MessageBody(rs.getString("body"), rs.getString("body_html"))).optional();
    }

    private void lockActive(CustomerId subjectId) {
        boolean erased = jdbc.sql(LOCK_SUBJECT).param(subjectId.value()).query(Boolean.class).optional()
                .orElseThrow(() -> new UnknownCustomer("No customer has id " + subjectId + "."));
        if (erased) {
            throw new CustomerErased("Customer " + subjectId + " was erased; their tickets take no new text.");
        }
    }
}
