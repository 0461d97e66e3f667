package io.autocrm.query.ticketdetail;

import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.MetadataKeys;
import io.autocrm.events.ticket.SideConversationClosedEvent;
import io.autocrm.events.ticket.SideConversationReopenedEvent;
import io.autocrm.events.ticket.SideConversationStartedEvent;
import io.autocrm.events.ticket.SideMessageReceivedEvent;
import io.autocrm.events.ticket.SideMessageSentEvent;
import io.autocrm.query.postgres.MetaDataText;
import io.autocrm.query.postgres.ProcessingGroups;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Projects side conversations into {@code read_model.side_conversation} and {@code read_model.side_message}, with the
 * ticket's row (each row carries the ticket version that wrote it). A message without an agent as author is the
 * actor's that sent it (an integration); an answer's author is its contact.
 */
@Component
@ProcessingGroup(ProcessingGroups.TICKETS)
class SideConversationProjection {

    private final JdbcClient jdbc;

    SideConversationProjection(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @EventHandler
    void on(SideConversationStartedEvent e, @SequenceNumber Long seq,
            @org.axonframework.eventhandling.Timestamp Instant at, MetaData metaData) {
        Author author = e.authorId() == null ? Author.actor(metaData) : new Author("agent", e.authorId().toString());
        jdbc.sql("""
                        INSERT INTO read_model.side_conversation (conversation_id, ticket_id, state, author_type,
                                                                  author_id, started_at, updated_at, version)
                        VALUES (?, ?, 'open', ?, ?, ?, ?, ?) ON CONFLICT (conversation_id) DO NOTHING""")
                .params(e.conversationId().value(), e.ticketId().value(), author.type(), author.id(),
                        Timestamp.from(at), Timestamp.from(at), seq + 1).update();
    }

    @EventHandler
    void on(SideMessageSentEvent e, @SequenceNumber Long seq, @org.axonframework.eventhandling.Timestamp Instant at,
            MetaData metaData) {
        Author author = e.authorId() == null ? Author.actor(metaData) : new Author("agent", e.authorId().toString());
        insert(e.messageId().value(), e.conversationId().value(), e.ticketId().value(), "out", author,
                e.recipientIds().stream().map(CustomerId::value).toArray(UUID[]::new), at, seq);
    }

    @EventHandler
    void on(SideMessageReceivedEvent e, @SequenceNumber Long seq,
            @org.axonframework.eventhandling.Timestamp Instant at) {
        insert(e.messageId().value(), e.conversationId().value(), e.ticketId().value(), "in",
                new Author("customer", e.senderId().toString()), new UUID[0], at, seq);
    }

    @EventHandler
    void on(SideConversationClosedEvent e, @org.axonframework.eventhandling.Timestamp Instant at) {
        state(e.conversationId().value(), "closed", at);
    }

    @EventHandler
    void on(SideConversationReopenedEvent e, @org.axonframework.eventhandling.Timestamp Instant at) {
        state(e.conversationId().value(), "open", at);
    }

    private void insert(UUID messageId, UUID conversationId, UUID ticketId, String direction, Author author,
                        UUID[] recipients, Instant at, long seq) {
        jdbc.sql("""
                        INSERT INTO read_model.side_message (message_id, conversation_id, ticket_id, direction,
                                                             author_type, author_id, recipient_ids, created_at, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (message_id) DO NOTHING""")
                .params(messageId, conversationId, ticketId, direction, author.type(), author.id(), recipients,
                        Timestamp.from(at), seq + 1).update();
        jdbc.sql("UPDATE read_model.side_conversation SET updated_at = ? WHERE conversation_id = ?")
                .params(Timestamp.from(at), conversationId).update();
    }

    private void state(UUID conversationId, String state, Instant at) {
        jdbc.sql("UPDATE read_model.side_conversation SET state = ?, updated_at = ? WHERE conversation_id = ?")
                .params(state, Timestamp.from(at), conversationId).update();
    }

    private record Author(String type, String id) {

        static Author actor(MetaData metaData) {
            String type = MetaDataText.of(metaData, MetadataKeys.ACTOR_TYPE);
            return new Author(type == null ? "system" : type, MetaDataText.of(metaData, MetadataKeys.ACTOR_ID));
        }
    }
}
