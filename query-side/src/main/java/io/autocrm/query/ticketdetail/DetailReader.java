package io.autocrm.query.ticketdetail;

import io.autocrm.query.queue.QueueReader;
import io.autocrm.query.support.Times;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the live detail: the queue row, then the messages up to the row's version (both projected in one
 * processing group, so the pair is consistent even if the projection commits between the two statements).
 */
@Component
class DetailReader {

    private static final String MESSAGES = """
            SELECT m.message_id, m.kind, m.author_type, m.author_id, m.created_at, b.body, b.body_html,
                   COALESCE(a.name, c.name) AS author_name
              FROM read_model.ticket_message m
              LEFT JOIN pii.ticket_content b ON b.content_id = m.message_id AND b.kind = 'message'
              LEFT JOIN directory.agent a
                     ON a.id = CASE WHEN m.author_type = 'agent' THEN CAST(m.author_id AS uuid) END
              LEFT JOIN pii.customer c
                     ON c.id = CASE WHEN m.author_type = 'customer' THEN CAST(m.author_id AS uuid) END
             WHERE m.ticket_id = :ticketId AND m.version <= :version %s
             ORDER BY m.version, m.message_id
            """;
    private static final String ALL_MESSAGES = MESSAGES.formatted("");
    private static final String PUBLIC_MESSAGES = MESSAGES.formatted(
            "AND m.kind IN ('description', 'customer-message', 'public-reply')");

    private final QueueReader queue;
    private final JdbcClient jdbc;

    DetailReader(QueueReader queue, DataSource dataSource) {
        this.queue = queue;
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** The ticket with every message, or with the public ones only (no internal note's body is even read). */
    Optional<TicketDetail> detail(UUID ticketId, boolean publicOnly) {
        return queue.byId(ticketId).map(item -> new TicketDetail(item, messages(ticketId, item.version(),
                publicOnly)));
    }

    long version(UUID ticketId) {
        return queue.version(ticketId);
    }

    private List<MessageView> messages(UUID ticketId, long upToVersion, boolean publicOnly) {
        return jdbc.sql(publicOnly ? PUBLIC_MESSAGES : ALL_MESSAGES).param("ticketId", ticketId).param("version", upToVersion)
                .query(DetailReader::message).list();
    }

    private static MessageView message(ResultSet rs, int row) throws SQLException {
        return new MessageView(rs.getString("message_id"), rs.getString("kind"),
                new MessageView.Author(rs.getString("author_type"), rs.getString("author_id"),
                        rs.getString("author_name")),
                rs.getString("body"), rs.getString("body_html"), Times.fromDb(rs, "created_at"));
    }
}
