package io.autocrm.command.automation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code automation.candidate}: the tickets automations look at (every ticket not closed) with the times of their
 * creation, last event and last status change, kept from the event stream by {@link AutomationProcessor}. Writes are
 * idempotent (times only move forward), so a redelivered event changes nothing.
 */
@Repository
class Candidates {

    private final JdbcClient jdbc;

    Candidates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void created(UUID ticketId, Instant at) {
        jdbc.sql("""
                INSERT INTO automation.candidate (ticket_id, created_at, updated_at, status_changed_at)
                VALUES (:id, :at, :at, :at) ON CONFLICT (ticket_id) DO NOTHING""")
                .param("id", ticketId).param("at", Timestamp.from(at)).update();
    }

    void updated(UUID ticketId, Instant at, boolean statusChanged) {
        jdbc.sql("""
                UPDATE automation.candidate SET updated_at = GREATEST(updated_at, :at),
                       status_changed_at = CASE WHEN :status THEN GREATEST(status_changed_at, :at)
                                                ELSE status_changed_at END
                 WHERE ticket_id = :id""")
                .param("id", ticketId).param("at", Timestamp.from(at)).param("status", statusChanged).update();
    }

    /** A closed ticket is never changed again: no automation looks at it. */
    void closed(UUID ticketId) {
        jdbc.sql("DELETE FROM automation.candidate WHERE ticket_id = :id").param("id", ticketId).update();
    }

    /**
     * The tickets whose times meet every bound, and that the automation has not acted on in their current period
     * as far as this table knows (oldest first, at most {@code limit}).
     */
    List<UUID> qualifying(AutomationTimes times, UUID ruleId, int version, Instant now, int limit) {
        StringBuilder sql = new StringBuilder("SELECT c.ticket_id FROM automation.candidate c WHERE true");
        for (int i = 0; i < times.bounds().size(); i++) {
            sql.append(" AND c.").append(times.bounds().get(i).column()).append(" < :before").append(i);
        }
        sql.append("""
                 AND NOT EXISTS (SELECT 1 FROM automation.automation_firing f WHERE f.rule_id = :rule
                                    AND f.ticket_id = c.ticket_id AND f.rule_version = :version
                                    AND f.period_start >= c.status_changed_at)
                ORDER BY c.status_changed_at, c.ticket_id LIMIT :limit""");
        JdbcClient.StatementSpec statement = jdbc.sql(sql.toString()).param("rule", ruleId).param("version", version)
                .param("limit", limit);
        for (int i = 0; i < times.bounds().size(); i++) {
            statement = statement.param("before" + i, Timestamp.from(times.bounds().get(i).before(now)));
        }
        return statement.query(UUID.class).list();
    }
}
