package io.autocrm.channels.mail.outbound;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A mail of the outbox as delivery sees it. */
record OutboxRow(UUID id, String kind, UUID ticketId, UUID messageId, List<String> recipients, List<String> cc,
                 String subject, String bodyText, String bodyHtml, String headerMessageId, String inReplyTo,
                 List<String> refs, int attempts, Instant createdAt, boolean automatic, Instant giveUpFrom,
                 UUID sideConversationId, List<UUID> recipientIds) {

    static final String COLUMNS = "id, kind, ticket_id, message_id, recipients, cc, subject, body_text, body_html, "
            + "header_message_id, in_reply_to, refs, attempts, created_at, automatic, "
            + "coalesce(retried_at, created_at) AS give_up_from, side_conversation_id, recipient_ids";

    static OutboxRow of(ResultSet rs) throws SQLException {
        return new OutboxRow(rs.getObject("id", UUID.class), rs.getString("kind"),
                rs.getObject("ticket_id", UUID.class), rs.getObject("message_id", UUID.class),
                strings(rs.getArray("recipients")), strings(rs.getArray("cc")), rs.getString("subject"), rs.getString("body_text"),
                rs.getString("body_html"), rs.getString("header_message_id"), rs.getString("in_reply_to"),
                strings(rs.getArray("refs")), rs.getInt("attempts"),
                rs.getTimestamp("created_at").toInstant(), rs.getBoolean("automatic"),
                rs.getTimestamp("give_up_from").toInstant(), rs.getObject("side_conversation_id", UUID.class),
                rs.getArray("recipient_ids") == null ? List.of()
                        : List.of((UUID[]) rs.getArray("recipient_ids").getArray()));
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    /** This mail as written: recipients, copies, subject, bodies and threading headers. */
    OutboxRow written(List<String> to, List<String> copies, String newSubject, String text, String html,
                      String messageId, String replyTo, List<String> references) {
        return new OutboxRow(id, kind, ticketId, this.messageId, to, copies, newSubject, text, html, messageId,
                replyTo, references, attempts, createdAt, automatic, giveUpFrom, sideConversationId, recipientIds);
    }

    boolean composed() {
        return headerMessageId != null;
    }
}
