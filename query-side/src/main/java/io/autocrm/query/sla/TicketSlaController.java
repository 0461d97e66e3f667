package io.autocrm.query.sla;

import io.autocrm.access.CurrentCaller;
import io.autocrm.events.common.TicketId;
import io.autocrm.query.access.Viewer;
import io.autocrm.query.postgres.Json;
import io.autocrm.query.postgres.Times;
import io.autocrm.query.web.TicketIds;
import io.autocrm.query.web.TicketVisibility;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/tickets/{id}/sla}: the ticket's SLA policy and targets with their timelines, for staff (to a
 * customer the ticket's SLAs do not exist: 404 ticket-not-found).
 */
@RestController
class TicketSlaController {

    private final JdbcClient jdbc;
    private final TicketVisibility visibility;
    private final CurrentCaller callers;

    TicketSlaController(DataSource dataSource, TicketVisibility visibility, CurrentCaller callers) {
        this.jdbc = JdbcClient.create(dataSource);
        this.visibility = visibility;
        this.callers = callers;
    }

    /** The policy measuring the ticket now (null: none) and every target it had, by metric and cycle. */
    record TicketSla(String policyId, String policyName, Integer policyVersion, List<SlaTargetView> targets) {
    }

    @Operation(summary = "A ticket's SLA targets: state, due time and timeline (staff)")
    @GetMapping("/api/v1/tickets/{id}/sla")
    TicketSla sla(@PathVariable TicketId id) {
        Viewer viewer = Viewer.of(callers.caller());
        if (viewer.isCustomer()) {
            throw TicketIds.notFound(id.value());
        }
        visibility.require(viewer, id.value());
        record Policy(String id, String name, Integer version) {
        }
        Policy policy = jdbc.sql("""
                SELECT policy_id, policy_name, policy_version FROM read_model.ticket_sla_policy
                 WHERE ticket_id = :ticket""").param("ticket", id.value())
                .query((rs, row) -> new Policy(rs.getString(1), rs.getString(2), rs.getInt(3))).optional()
                .orElse(new Policy(null, null, null));
        List<SlaTargetView> targets = jdbc.sql("""
                SELECT * , timeline::text AS timeline_text FROM read_model.ticket_sla_target WHERE ticket_id = :ticket
                 ORDER BY started_at, metric, cycle""").param("ticket", id.value())
                .query((rs, row) -> new SlaTargetView(rs.getString("metric"), rs.getInt("cycle"),
                        rs.getString("policy_id"), rs.getString("policy_name"),
                        (Integer) rs.getObject("policy_version"), (Long) rs.getObject("target_minutes"),
                        (Boolean) rs.getObject("business_hours"), rs.getString("state"),
                        Times.fromDb(rs, "started_at"), Times.fromDb(rs, "due_at"), Times.fromDb(rs, "warned_at"),
                        Times.fromDb(rs, "breached_at"), Times.fromDb(rs, "fulfilled_at"),
                        rs.getString("fulfilled_by"), Json.listOfObjects(rs.getString("timeline_text"))))
                .list();
        return new TicketSla(policy.id(), policy.name(), policy.version(), targets);
    }
}
