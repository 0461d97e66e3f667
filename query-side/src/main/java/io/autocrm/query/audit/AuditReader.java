package io.autocrm.query.audit;

import io.autocrm.query.support.Json;
import io.autocrm.query.support.Times;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads a ticket's audit trail, oldest first. */
@Component
class AuditReader {

    private final JdbcClient jdbc;

    AuditReader(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** The ticket's trail; empty when the trail holds nothing of it. */
    Optional<List<AuditEntryView>> trail(UUID ticketId) {
        List<AuditEntryView> trail = jdbc.sql("""
                SELECT version, event_type, actor_type, actor_id, channel, correlation_id, occurred_at, description,
                       changes::text AS changes, global_index
                  FROM read_model.ticket_audit WHERE ticket_id = :id ORDER BY version
                """).param("id", ticketId).query(AuditReader::row).list();
        return trail.isEmpty() ? Optional.empty() : Optional.of(trail);
    }

    /** The highest version the trail holds for a ticket; 0 when none. */
    long version(UUID ticketId) {
        return jdbc.sql("SELECT COALESCE(MAX(version), 0) FROM read_model.ticket_audit WHERE ticket_id = :id")
                .param("id", ticketId).query(Long.class).single();
    }

    private static AuditEntryView row(ResultSet rs, int row) throws SQLException {
        return new AuditEntryView(rs.getLong("version"), rs.getString("event_type"),
                new AuditEntryView.Actor(rs.getString("actor_type"), rs.getString("actor_id")),
                rs.getString("channel"), rs.getString("correlation_id"), Times.fromDb(rs, "occurred_at"),
                rs.getString("description"), Json.listOfObjects(rs.getString("changes")),
                rs.getObject("global_index", Long.class));
    }
}
