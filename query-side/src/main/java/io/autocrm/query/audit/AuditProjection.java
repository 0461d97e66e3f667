package io.autocrm.query.audit;

import io.autocrm.events.common.MetadataKeys;
import io.autocrm.query.support.Json;
import io.autocrm.query.support.MetaDataText;
import io.autocrm.query.support.Times;
import java.sql.Types;
import java.time.Instant;
import javax.sql.DataSource;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes one {@code read_model.ticket_audit} row per ticket event, in its own {@value #GROUP} processing group so the
 * trail can be rebuilt apart from the queue. Events of other aggregates are skipped; inserts are idempotent.
 */
@Component
@ProcessingGroup(AuditProjection.GROUP)
class AuditProjection {

    static final String GROUP = "ticket-audit";
    private static final String INSERT = """
            INSERT INTO read_model.ticket_audit (ticket_id, version, event_type, actor_type, actor_id, channel,
                correlation_id, occurred_at, description, changes, global_index)
            VALUES (:ticketId, :version, :eventType, :actorType, :actorId, :channel, :correlationId, :occurredAt,
                :description, CAST(:changes AS jsonb), :globalIndex)
            ON CONFLICT (ticket_id, version) DO NOTHING
            """;

    private final JdbcClient jdbc;

    AuditProjection(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @EventHandler
    void on(Object event, EventMessage<?> message, @SequenceNumber Long seq, @Timestamp Instant at,
            MetaData metaData) {
        AuditDescriber.describe(event).ifPresent(entry -> jdbc.sql(INSERT).param("ticketId", entry.ticketId())
                .param("version", seq + 1).param("eventType", event.getClass().getSimpleName())
                .param("actorType", MetaDataText.of(metaData, MetadataKeys.ACTOR_TYPE))
                .param("actorId", MetaDataText.of(metaData, MetadataKeys.ACTOR_ID))
                .param("channel", MetaDataText.of(metaData, MetadataKeys.CHANNEL))
                .param("correlationId", MetaDataText.of(metaData, MetadataKeys.CORRELATION_ID))
                .param("occurredAt", Times.toDb(at)).param("description", entry.description())
                .param("changes", Json.write(entry.changes().stream().map(Change::toMap).toList()))
                .param("globalIndex", globalIndex(message), Types.BIGINT).update());
    }

    private static Long globalIndex(EventMessage<?> message) {
        if (message instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null) {
            return tracked.trackingToken().position().stream().boxed().findFirst().orElse(null);
        }
        return null;
    }
}
