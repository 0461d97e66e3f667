package io.autocrm.query.audit;

import io.autocrm.query.web.ActorNames;
import io.autocrm.query.web.ActorView;
import io.autocrm.query.web.CauseView;
import io.autocrm.query.access.CustomerViewRules;
import io.autocrm.query.access.CustomerViewRulesReader;
import io.autocrm.query.postgres.Json;
import io.autocrm.query.postgres.Times;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a ticket's audit trail, oldest first, with the actors' names (one statement for all of them), whole for staff
 * or as {@link CustomerAuditTrail} reduces it for a customer.
 */
@Component
class AuditReader {

    private static final String TRAIL = """
            SELECT version, event_type, actor_type, actor_id, actor_role, channel, correlation_id, occurred_at,
                   description, changes::text AS changes, global_index, cause_type, cause_id, cause_name,
                   cause_version, cause_reason
              FROM read_model.ticket_audit WHERE ticket_id = :id %s ORDER BY version
            """;
    private static final String STAFF_TRAIL = TRAIL.formatted("");
    private static final String CUSTOMER_TRAIL = TRAIL.formatted("AND event_type IN (:types)");

    private final JdbcClient jdbc;
    private final ActorNames actorNames;
    private final CustomerViewRulesReader customerViewRules;

    AuditReader(DataSource dataSource, ActorNames actorNames, CustomerViewRulesReader customerViewRules) {
        this.jdbc = JdbcClient.create(dataSource);
        this.actorNames = actorNames;
        this.customerViewRules = customerViewRules;
    }

    /** The ticket's whole trail; empty when the trail holds nothing of it. */
    Optional<List<AuditEntryView>> trail(UUID ticketId) {
        return nonEmpty(named(jdbc.sql(STAFF_TRAIL).param("id", ticketId).query(AuditReader::row).list()));
    }

    /** The ticket's trail as its customer sees it; empty when the trail holds nothing of it. */
    Optional<List<AuditEntryView>> customerTrail(UUID ticketId) {
        List<AuditEntryView> trail = jdbc.sql(CUSTOMER_TRAIL).param("id", ticketId)
                .param("types", CustomerAuditTrail.EVENT_TYPES).query(AuditReader::row).list();
        CustomerViewRules rules = customerViewRules.current();
        return nonEmpty(named(trail).stream().flatMap(entry -> CustomerAuditTrail.reduce(entry, rules).stream())
                .toList());
    }

    /** The highest version the trail holds for a ticket; 0 when none. */
    long version(UUID ticketId) {
        return jdbc.sql("SELECT COALESCE(MAX(version), 0) FROM read_model.ticket_audit WHERE ticket_id = :id")
                .param("id", ticketId).query(Long.class).single();
    }

    private List<AuditEntryView> named(List<AuditEntryView> trail) {
        Map<String, String> names = actorNames.namesOf(trail.stream().map(AuditEntryView::actor).toList());
        return trail.stream().map(e -> new AuditEntryView(e.version(), e.eventType(),
                ActorNames.named(e.actor(), names), e.channel(), e.correlationId(), e.occurredAt(), e.description(),
                e.changes(), e.globalIndex(), e.cause())).toList();
    }

    private static Optional<List<AuditEntryView>> nonEmpty(List<AuditEntryView> trail) {
        return trail.isEmpty() ? Optional.empty() : Optional.of(trail);
    }

    private static AuditEntryView row(ResultSet rs, int row) throws SQLException {
        return new AuditEntryView(rs.getLong("version"), rs.getString("event_type"),
                new ActorView(rs.getString("actor_type"), rs.getString("actor_id"), rs.getString("actor_role"), null),
                rs.getString("channel"), rs.getString("correlation_id"), Times.fromDb(rs, "occurred_at"),
                rs.getString("description"), Json.listOfObjects(rs.getString("changes")),
                rs.getObject("global_index", Long.class),
                CauseView.of(rs.getString("cause_type"), rs.getString("cause_id"), rs.getString("cause_name"),
                        rs.getObject("cause_version", Integer.class), rs.getString("cause_reason")));
    }
}
