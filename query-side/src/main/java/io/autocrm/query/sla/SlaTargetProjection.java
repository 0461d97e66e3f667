package io.autocrm.query.sla;

import io.autocrm.events.common.TicketId;
import io.autocrm.events.ticket.SlaBreachedEvent;
import io.autocrm.events.ticket.SlaClockChange;
import io.autocrm.events.ticket.SlaClockChangedEvent;
import io.autocrm.events.ticket.SlaFulfilledEvent;
import io.autocrm.events.ticket.SlaMetric;
import io.autocrm.events.ticket.SlaPolicyAppliedEvent;
import io.autocrm.events.ticket.SlaPolicyRemovedEvent;
import io.autocrm.events.ticket.SlaWarningIssuedEvent;
import io.autocrm.query.postgres.Json;
import io.autocrm.query.postgres.Times;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Projects the SLA events into {@code read_model.ticket_sla_policy} and {@code read_model.ticket_sla_target}: each
 * target's policy and minutes, state, due time, warning, breach, fulfilment and its timeline (one entry per event).
 * Every write is guarded by the ticket's version, so a replayed event never applies twice and a rebuild gives the
 * same rows.
 */
@Component
@ProcessingGroup(SlaTargetProjection.GROUP)
class SlaTargetProjection {

    static final String GROUP = "ticket-sla";

    private final JdbcClient jdbc;

    SlaTargetProjection(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @EventHandler
    void on(SlaPolicyAppliedEvent e, @Timestamp Instant at) {
        jdbc.sql("""
                INSERT INTO read_model.ticket_sla_policy (ticket_id, policy_id, policy_name, policy_version, targets,
                       applied_at)
                VALUES (:ticket, :policy, :name, :version, CAST(:targets AS jsonb), :at)
                ON CONFLICT (ticket_id) DO UPDATE SET policy_id = EXCLUDED.policy_id,
                       policy_name = EXCLUDED.policy_name, policy_version = EXCLUDED.policy_version,
                       targets = EXCLUDED.targets, applied_at = EXCLUDED.applied_at""")
                .param("ticket", e.ticketId().value()).param("policy", e.policyId()).param("name", e.policyName())
                .param("version", e.policyVersion()).param("targets", Json.write(e.targets().stream()
                        .map(t -> Map.of("metric", t.metric().key(), "minutes", t.minutes(),
                                "businessHours", t.businessHours())).toList()))
                .param("at", Times.toDb(at)).update();
    }

    @EventHandler
    void on(SlaPolicyRemovedEvent e) {
        jdbc.sql("DELETE FROM read_model.ticket_sla_policy WHERE ticket_id = :ticket")
                .param("ticket", e.ticketId().value()).update();
    }

    @EventHandler
    void on(SlaClockChangedEvent e, @SequenceNumber Long seq) {
        Map<String, Object> entry = entry(e.change().name().toLowerCase(java.util.Locale.ROOT), e.at());
        entry.put("status", e.status().key());
        entry.put("dueAt", iso(e.dueAt()));
        String state = e.change() == SlaClockChange.PAUSED ? "paused" : "running";
        if (e.change() == SlaClockChange.STARTED) {
            start(e, seq, state, entry);
        } else if (goOn(e, seq, state, entry) == 0) {
            // A reopened ticket's resolution target begins its new cycle with a resumption; a version already
            // applied changes nothing here either (the insert is guarded alike).
            start(e, seq, state, entry);
        }
    }

    @EventHandler
    void on(SlaWarningIssuedEvent e, @SequenceNumber Long seq) {
        Map<String, Object> entry = entry("warning", e.at());
        entry.put("dueAt", iso(e.dueAt()));
        update(e.ticketId(), e.metric(), e.cycle(), seq, "warned_at = :when", entry, Map.of(), "when",
                Times.toDb(e.at()));
    }

    @EventHandler
    void on(SlaBreachedEvent e, @SequenceNumber Long seq) {
        update(e.ticketId(), e.metric(), e.cycle(), seq, "breached_at = :when", entry("breached", e.at()), Map.of(),
                "when", Times.toDb(e.at()));
    }

    @EventHandler
    void on(SlaFulfilledEvent e, @SequenceNumber Long seq) {
        Map<String, Object> entry = entry("fulfilled", e.at());
        entry.put("messageId", e.messageId() == null ? null : e.messageId().toString());
        entry.put("late", e.breached());
        update(e.ticketId(), e.metric(), e.cycle(), seq, "state = 'fulfilled', fulfilled_at = :when,"
                + " fulfilled_by = :by", entry, nullable("by", e.messageId() == null ? null : e.messageId().value()),
                "when", Times.toDb(e.at()));
    }

    /**
     * A target's clock pauses or resumes: its state, due time and timeline, and the terms of the ticket's policy now (a
     * reopened cycle re-measured under a new policy begins with a resumption, not a start, and must show the new
     * terms as a started one does). Answers how many rows changed.
     */
    private int goOn(SlaClockChangedEvent e, long seq, String state, Map<String, Object> entry) {
        return jdbc.sql("""
                UPDATE read_model.ticket_sla_target t SET state = CAST(:state AS varchar),
                       due_at = CAST(:due AS timestamptz), timeline = t.timeline || jsonb_build_array(CAST(:entry AS jsonb)),
                       version = CAST(:version AS bigint),
                       policy_id = COALESCE(p.policy_id, t.policy_id), policy_name = COALESCE(p.policy_name, t.policy_name),
                       policy_version = COALESCE(p.policy_version, t.policy_version),
                       target_minutes = COALESCE((x->>'minutes')::bigint, t.target_minutes),
                       business_hours = COALESCE((x->>'businessHours')::boolean, t.business_hours)
                  FROM (SELECT 1) one
                  LEFT JOIN read_model.ticket_sla_policy p ON p.ticket_id = CAST(:ticket AS uuid)
                  LEFT JOIN LATERAL jsonb_array_elements(p.targets) x ON x->>'metric' = CAST(:metric AS varchar)
                 WHERE t.ticket_id = CAST(:ticket AS uuid) AND t.metric = CAST(:metric AS varchar)
                   AND t.cycle = CAST(:cycle AS integer) AND t.version < CAST(:version AS bigint)""")
                .param("ticket", e.ticketId().value()).param("metric", e.metric().key()).param("cycle", e.cycle())
                .param("state", state).param("due", Times.toDb(e.dueAt())).param("entry", Json.write(entry))
                .param("version", seq + 1).update();
    }

    /** A target starts, or starts again under a new policy (its timeline goes on). */
    private void start(SlaClockChangedEvent e, long seq, String state, Map<String, Object> entry) {
        jdbc.sql("""
                INSERT INTO read_model.ticket_sla_target AS t (ticket_id, metric, cycle, policy_id, policy_name,
                       policy_version, target_minutes, business_hours, state, started_at, due_at, timeline, version)
                SELECT CAST(:ticket AS uuid), CAST(:metric AS varchar), CAST(:cycle AS integer), p.policy_id,
                       p.policy_name, p.policy_version, (x->>'minutes')::bigint, (x->>'businessHours')::boolean,
                       CAST(:state AS varchar), CAST(:at AS timestamptz), CAST(:due AS timestamptz),
                       jsonb_build_array(CAST(:entry AS jsonb) || jsonb_build_object('policy', p.policy_name)),
                       CAST(:version AS bigint)
                  FROM (SELECT 1) one
                  LEFT JOIN read_model.ticket_sla_policy p ON p.ticket_id = CAST(:ticket AS uuid)
                  LEFT JOIN LATERAL jsonb_array_elements(p.targets) x ON x->>'metric' = CAST(:metric AS varchar)
                ON CONFLICT (ticket_id, metric, cycle) DO UPDATE SET policy_id = EXCLUDED.policy_id,
                       policy_name = EXCLUDED.policy_name, policy_version = EXCLUDED.policy_version,
                       target_minutes = EXCLUDED.target_minutes, business_hours = EXCLUDED.business_hours,
                       state = EXCLUDED.state, started_at = EXCLUDED.started_at, due_at = EXCLUDED.due_at,
                       timeline = t.timeline || EXCLUDED.timeline, version = EXCLUDED.version
                 WHERE t.version < EXCLUDED.version""")
                .param("ticket", e.ticketId().value()).param("metric", e.metric().key()).param("cycle", e.cycle())
                .param("state", state).param("at", Times.toDb(e.at())).param("due", Times.toDb(e.dueAt()))
                .param("entry", Json.write(entry)).param("version", seq + 1).update();
    }

    /** Updates the target's row unless the event was applied; answers how many rows changed. */
    private int update(TicketId ticketId, SlaMetric metric, int cycle, long seq, String set,
                       Map<String, Object> entry, Map<String, Object> more, String name, Object value) {
        Map<String, Object> params = new LinkedHashMap<>(more);
        params.put(name, value);
        return jdbc.sql("UPDATE read_model.ticket_sla_target SET " + set + ", timeline = timeline || jsonb_build_array("
                        + "CAST(:entry AS jsonb)), version = :version"
                        + " WHERE ticket_id = :ticket AND metric = :metric AND cycle = :cycle AND version < :version")
                .params(params).param("entry", Json.write(entry)).param("version", seq + 1)
                .param("ticket", ticketId.value()).param("metric", metric.key()).param("cycle", cycle).update();
    }

    private static Map<String, Object> entry(String kind, Instant at) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("kind", kind);
        entry.put("at", iso(at));
        return entry;
    }

    private static String iso(Instant at) {
        return at == null ? null : Times.micros(at).toString();
    }

    private static Map<String, Object> nullable(String name, Object value) {
        Map<String, Object> map = new java.util.HashMap<>();
        map.put(name, value);
        return map;
    }
}
