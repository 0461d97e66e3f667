package io.autocrm.query.ticketdetail;

import io.autocrm.events.common.TicketId;
import io.autocrm.events.ticket.CustomerMessageAddedEvent;
import io.autocrm.events.ticket.InternalNoteAddedEvent;
import io.autocrm.events.ticket.PublicReplyAddedEvent;
import io.autocrm.events.ticket.TicketCreatedEvent;
import io.autocrm.query.support.ProcessingGroups;
import io.autocrm.query.support.Times;
import java.time.Instant;
import javax.sql.DataSource;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Projects a ticket's conversation into {@code read_model.ticket_message}. In the {@value ProcessingGroups#TICKETS}
 * processing group with the queue row, so a detail read sees the row and its messages at one version. Inserts are
 * idempotent.
 */
@Component
@ProcessingGroup(ProcessingGroups.TICKETS)
class MessageProjection {

    private static final String INSERT = """
            INSERT INTO read_model.ticket_message (message_id, ticket_id, kind, author_type, author_id, created_at,
                version)
            VALUES (:id, :ticketId, :kind, :authorType, :authorId, :createdAt, :version)
            ON CONFLICT (message_id) DO NOTHING
            """;

    private final JdbcClient jdbc;

    MessageProjection(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
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
        MessageEntry.of(event, metaData, at).ifPresent(entry -> jdbc.sql(INSERT).param("id", entry.id())
                .param("ticketId", ticketId.value()).param("kind", entry.kind())
                .param("authorType", entry.authorType()).param("authorId", entry.authorId())
                .param("createdAt", Times.toDb(entry.createdAt())).param("version", seq + 1).update());
    }
}
