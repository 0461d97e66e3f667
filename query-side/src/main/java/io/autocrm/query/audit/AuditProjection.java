package io.autocrm.query.audit;

import io.autocrm.events.common.MetadataKeys;
import io.autocrm.query.postgres.BatchWrites;
import io.autocrm.query.postgres.Json;
import io.autocrm.query.postgres.MetaDataText;
import io.autocrm.query.postgres.ProjectionCommits;
import io.autocrm.query.postgres.Times;
import io.autocrm.query.web.CauseView;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes one {@code read_model.ticket_audit} row per ticket event, in its own {@value #GROUP} processing group so the
 * trail can be rebuilt apart from the queue. Events of other aggregates are skipped; inserts are idempotent. A batch's
 * rows are inserted in one JDBC batch when it commits ({@link BatchWrites}).
 */
@Component
@ProcessingGroup(AuditProjection.GROUP)
class AuditProjection {

    static final String GROUP = "ticket-audit";
    private static final String INSERT = """
            INSERT INTO read_model.ticket_audit (ticket_id, version, event_type, actor_type, actor_id, actor_role,
                channel, correlation_id, occurred_at, description, changes, global_index, cause_type, cause_id,
                cause_name, cause_version, cause_reason)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?, ?, ?)
            ON CONFLICT (ticket_id, version) DO NOTHING
            """;

    /** A row to insert; {@code eventId} set when its global index is still to be looked up. */
    private record Row(UUID ticketId, long version, String eventType, String actorType, String actorId,
                       String actorRole, String channel, String correlationId, OffsetDateTime occurredAt,
                       String description, String changes, Long knownIndex, String eventId, CauseView cause) {
    }

    private final JdbcClient jdbc;
    private final BatchWrites<List<Row>> writes;

    AuditProjection(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        JdbcTemplate batch = new JdbcTemplate(dataSource);
        this.writes = new BatchWrites<>(GROUP, ArrayList::new, rows -> {
            ProjectionCommits.asynchronous(jdbc);
            Map<String, Long> indexes = globalIndexes(rows);
            batch.batchUpdate(INSERT, rows, rows.size(), (ps, row) -> set(ps, row,
                    row.eventId() == null ? row.knownIndex() : indexes.get(row.eventId())));
        });
    }

    @EventHandler
    void on(Object event, EventMessage<?> message, @SequenceNumber Long seq, @Timestamp Instant at,
            MetaData metaData) {
        AuditDescriber.describe(event).ifPresent(entry -> {
            boolean lookUp = needsLookUp(message);
            Row row = new Row(entry.ticketId(), seq + 1, event.getClass().getSimpleName(),
                    MetaDataText.of(metaData, MetadataKeys.ACTOR_TYPE),
                    MetaDataText.of(metaData, MetadataKeys.ACTOR_ID),
                    MetaDataText.of(metaData, MetadataKeys.ACTOR_ROLE),
                    MetaDataText.of(metaData, MetadataKeys.CHANNEL),
                    MetaDataText.of(metaData, MetadataKeys.CORRELATION_ID), Times.toDb(at), entry.description(),
                    Json.write(entry.changes().stream().map(Change::toMap).toList()),
                    lookUp ? null : knownIndex(message), lookUp ? message.getIdentifier() : null,
                    CauseView.of(metaData));
            writes.add(rows -> rows.add(row));
        });
    }

    private static void set(PreparedStatement ps, Row row, Long globalIndex) throws SQLException {
        ps.setObject(1, row.ticketId());
        ps.setLong(2, row.version());
        ps.setString(3, row.eventType());
        ps.setString(4, row.actorType());
        ps.setString(5, row.actorId());
        ps.setString(6, row.actorRole());
        ps.setString(7, row.channel());
        ps.setString(8, row.correlationId());
        ps.setObject(9, row.occurredAt(), Types.TIMESTAMP_WITH_TIMEZONE);
        ps.setString(10, row.description());
        ps.setString(11, row.changes());
        ps.setObject(12, globalIndex, Types.BIGINT);
        ps.setString(13, row.cause() == null ? null : row.cause().type());
        ps.setString(14, row.cause() == null ? null : row.cause().id());
        ps.setString(15, row.cause() == null ? null : row.cause().name());
        ps.setObject(16, row.cause() == null ? null : row.cause().version(), Types.INTEGER);
        ps.setString(17, row.cause() == null ? null : row.cause().reason());
    }

    /**
     * The event's own position in the event store. Axon Server's tokens name it exactly; the JDBC store's gap-aware
     * token names the highest index seen so far, which is a later one when this event was committed after events
     * with higher indexes (concurrent writers), so the JDBC store is asked for the event's own index: for the whole
     * batch in one query.
     */
    private static boolean needsLookUp(EventMessage<?> message) {
        return message instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null
                && WrappedToken.unwrap(tracked.trackingToken(), GapAwareTrackingToken.class).isPresent();
    }

    private static Long knownIndex(EventMessage<?> message) {
        if (!(message instanceof TrackedEventMessage<?> tracked) || tracked.trackingToken() == null) {
            return null;
        }
        return tracked.trackingToken().position().stream().boxed().findFirst().orElse(null);
    }

    private Map<String, Long> globalIndexes(List<Row> rows) {
        String[] eventIds = rows.stream().map(Row::eventId).filter(id -> id != null).toArray(String[]::new);
        Map<String, Long> indexes = new HashMap<>();
        if (eventIds.length > 0) {
            jdbc.sql("SELECT event_identifier, global_index FROM events.domain_event_entry"
                            + " WHERE event_identifier = ANY(CAST(? AS varchar[]))").param(eventIds)
                    .query(rs -> {
                        indexes.put(rs.getString(1), rs.getLong(2));
                    });
        }
        return indexes;
    }
}
