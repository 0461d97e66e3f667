package io.autocrm.query.ticketdetail;

import io.autocrm.events.ticket.AttachmentRef;
import io.autocrm.events.ticket.MessageAttachmentsAddedEvent;
import io.autocrm.query.postgres.BatchWrites;
import io.autocrm.query.postgres.ProcessingGroups;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Projects the files of messages into {@code read_model.message_attachment}, in the {@value ProcessingGroups#TICKETS}
 * group with the messages, so a detail read sees a message and its files together. Inserts are idempotent.
 */
@Component
@ProcessingGroup(ProcessingGroups.TICKETS)
class AttachmentProjection {

    private static final String INSERT = """
            INSERT INTO read_model.message_attachment (attachment_id, message_id, ticket_id, position, size,
                content_type, sha256, inline, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (attachment_id) DO NOTHING
            """;

    private record Row(UUID messageId, UUID ticketId, int position, AttachmentRef file, long version) {
    }

    private final BatchWrites<List<Row>> writes;

    AttachmentProjection(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        this.writes = new BatchWrites<>("message-attachment", ArrayList::new,
                rows -> jdbc.batchUpdate(INSERT, rows, rows.size(), (ps, row) -> {
                    ps.setObject(1, row.file().id().value());
                    ps.setObject(2, row.messageId());
                    ps.setObject(3, row.ticketId());
                    ps.setInt(4, row.position());
                    ps.setLong(5, row.file().size());
                    ps.setString(6, row.file().contentType());
                    ps.setString(7, row.file().sha256());
                    ps.setBoolean(8, row.file().inline());
                    ps.setLong(9, row.version());
                }));
    }

    @EventHandler
    void on(MessageAttachmentsAddedEvent e, @SequenceNumber Long seq) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < e.attachments().size(); i++) {
            rows.add(new Row(e.messageId().value(), e.ticketId().value(), i, e.attachments().get(i), seq + 1));
        }
        writes.add(buffer -> buffer.addAll(rows));
    }
}
