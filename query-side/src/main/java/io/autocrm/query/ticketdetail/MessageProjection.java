package io.autocrm.query.ticketdetail;

import io.autocrm.events.common.TicketId;
import io.autocrm.events.ticket.CustomerMessageAddedEvent;
import io.autocrm.events.ticket.InternalNoteAddedEvent;
import io.autocrm.events.ticket.PublicReplyAddedEvent;
import io.autocrm.events.ticket.TicketCreatedEvent;
import io.autocrm.query.postgres.BatchWrites;
import io.autocrm.query.postgres.ProcessingGroups;
import io.autocrm.query.postgres.Times;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Projects a ticket's conversation into {@code read_model.ticket_message}. In the {@value ProcessingGroups#TICKETS}
 * processing group with the queue row, so a detail read sees the row and its messages at one version. Inserts are
 * idempotent; a batch's entries are inserted in one JDBC batch when it commits ({@link BatchWrites}).
 */
@Component
@ProcessingGroup(ProcessingGroups.TICKETS)
class MessageProjection {

    private static final String INSERT = """
            INSERT INTO read_model.ticket_message (message_id, ticket_id, kind, author_type, author_id, created_at,
                version)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (message_id) DO NOTHING
            """;

    /** A conversation entry to insert, at a ticket version. */
    private record Row(UUID ticketId, MessageEntry entry, long version) {
    }

    private final BatchWrites<List<Row>> writes;

    MessageProjection(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        this.writes = new BatchWrites<>("ticket-message", ArrayList::new,
                rows -> jdbc.batchUpdate(INSERT, rows, rows.size(), MessageProjection::set));
    }

    @EventHandler
    void on(TicketCreatedEvent e, @SequenceNumber Long seq, @Timestamp Instant at, MetaData metaData) {
        insert(e.ticketId(), e, seq, at, metaData);
    }

    @EventHandler
    void on(CustomerMessageAddedEvent e, @SequenceNumber Long seq, @Timestamp Instant at, MetaData metaData) {
        insert(e.ticketId(), e, seq, at, metaData);
    }

    @EventHandler
    void on(PublicReplyAddedEvent e, @SequenceNumber Long seq, @Timestamp Instant at, MetaData metaData) {
        insert(e.ticketId(), e, seq, at, metaData);
    }

    @EventHandler
    void on(InternalNoteAddedEvent e, @SequenceNumber Long seq, @Timestamp Instant at, MetaData metaData) {
        insert(e.ticketId(), e, seq, at, metaData);
    }

    private void insert(TicketId ticketId, Object event, Long seq, Instant at, MetaData metaData) {
        MessageEntry.of(event, metaData, at).ifPresent(entry -> {
            Row row = new Row(ticketId.value(), entry, seq + 1);
            writes.add(rows -> rows.add(row));
        });
    }

    private static void set(PreparedStatement ps, Row row) throws SQLException {
        ps.setObject(1, row.entry().id());
        ps.setObject(2, row.ticketId());
        ps.setString(3, row.entry().kind());
        ps.setString(4, row.entry().authorType());
        ps.setString(5, row.entry().authorId());
        ps.setObject(6, Times.toDb(row.entry().createdAt()), Types.TIMESTAMP_WITH_TIMEZONE);
        ps.setLong(7, row.version());
    }
}
