package io.autocrm.query.notifications;

import io.autocrm.access.Caller;
import io.autocrm.access.CurrentCaller;
import io.autocrm.events.common.ActorType;
import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import io.autocrm.query.postgres.Times;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in agent's notifications, newest first, with how many are unread; marking one, or all, read. People only
 * (agents and admins): an API key has no bell, a customer none here.
 */
@RestController
class NotificationController {

    private static final int MAX_LIMIT = 100;
    private static final String UNREAD = """
            NOT EXISTS (SELECT 1 FROM workspace.notification_read r
                         WHERE r.agent_id = n.agent_id AND r.notification_id = n.id)
            AND n.created_at > coalesce((SELECT b.read_before FROM workspace.notification_read_before b
                                          WHERE b.agent_id = n.agent_id), '-infinity')""";
    private final JdbcClient jdbc;
    private final CurrentCaller callers;

    NotificationController(DataSource dataSource, CurrentCaller callers) {
        this.jdbc = JdbcClient.create(dataSource);
        this.callers = callers;
    }

    /** A notification: what happened on which ticket, by whom, when, and whether the agent has read it. */
    record NotificationView(String id,
                            @Schema(allowableValues = {"assigned", "customer-message", "side-answer"}) String kind,
                            String ticketId, long ticketNumber, String ticketSubject, Actor actor, Instant createdAt,
                            boolean read) {
    }

    /** Who caused it: {@code type} user (an agent or admin), customer, api_key or system; {@code name} if known. */
    record Actor(String type, String id, String name) {
    }

    /** The newest notifications and how many of all are unread. */
    record NotificationPage(List<NotificationView> items, long unread) {
    }

    @Operation(summary = "The signed-in agent's notifications, newest first, with the unread count",
            description = "Assigned to them by someone else, a customer's message on their ticket, an answer in one"
                    + " of their tickets' side conversations. Agents and admins only.")
    @GetMapping("/api/v1/notifications")
    NotificationPage list(@RequestParam(name = "limit", defaultValue = "20") int limit) {
        UUID agent = agent();
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "limit is between 1 and " + MAX_LIMIT + ".");
        }
        List<NotificationView> items = jdbc.sql("""
                        SELECT n.id, n.kind, n.ticket_id, n.ticket_number, n.actor_type, n.actor_id, n.created_at,
                               s.body AS subject, COALESCE(a.name, c.name) AS actor_name, NOT (%s) AS read
                          FROM read_model.agent_notification n
                          LEFT JOIN pii.ticket_content s ON s.content_id = n.ticket_id AND s.kind = 'subject'
                          LEFT JOIN directory.agent a
                                 ON a.id = CASE WHEN n.actor_type = 'user' THEN CAST(n.actor_id AS uuid) END
                          LEFT JOIN pii.customer c
                                 ON c.id = CASE WHEN n.actor_type = 'customer' THEN CAST(n.actor_id AS uuid) END
                         WHERE n.agent_id = :agent
                         ORDER BY n.created_at DESC, n.id DESC LIMIT :limit""".formatted(UNREAD))
                .param("agent", agent).param("limit", limit).query(NotificationController::view).list();
        long unread = jdbc.sql("SELECT count(*) FROM read_model.agent_notification n WHERE n.agent_id = :agent AND "
                        + UNREAD).param("agent", agent).query(Long.class).single();
        return new NotificationPage(items, unread);
    }

    @Operation(summary = "Mark one of the signed-in agent's notifications read")
    @PostMapping("/api/v1/notifications/{id}/read")
    ResponseEntity<Void> read(@PathVariable("id") String id) {
        UUID agent = agent();
        UUID notification = parse(id);
        int mine = jdbc.sql("""
                        INSERT INTO workspace.notification_read (agent_id, notification_id)
                        SELECT agent_id, id FROM read_model.agent_notification WHERE id = ? AND agent_id = ?
                        ON CONFLICT DO NOTHING""").params(notification, agent).update();
        if (mine == 0 && jdbc.sql("SELECT count(*) FROM read_model.agent_notification WHERE id = ? AND agent_id = ?")
                .params(notification, agent).query(Long.class).single() == 0) {
            throw new DomainException(ErrorCode.NOT_FOUND, "You have no notification with id " + id + ".");
        }
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Mark every notification of the signed-in agent read (those that come later stay unread)")
    @PostMapping("/api/v1/notifications/read-all")
    ResponseEntity<Void> readAll() {
        UUID agent = agent();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                        INSERT INTO workspace.notification_read_before (agent_id, read_before) VALUES (?, ?)
                        ON CONFLICT (agent_id) DO UPDATE SET read_before = GREATEST(
                            workspace.notification_read_before.read_before, EXCLUDED.read_before)""")
                .params(agent, now).update();
        return ResponseEntity.noContent().build();
    }

    private UUID agent() {
        Caller caller = callers.caller();
        if (caller.actor().type() != ActorType.USER || caller.role() == null || !caller.role().isStaff()) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Notifications are for signed-in agents and admins.");
        }
        return UUID.fromString(caller.actor().id());
    }

    private static UUID parse(String raw) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw new DomainException(ErrorCode.NOT_FOUND, "You have no notification with id " + raw + ".");
        }
    }

    private static NotificationView view(ResultSet rs, int row) throws SQLException {
        return new NotificationView(rs.getString("id"), rs.getString("kind"), rs.getString("ticket_id"),
                rs.getLong("ticket_number"), rs.getString("subject"),
                new Actor(rs.getString("actor_type"), rs.getString("actor_id"), rs.getString("actor_name")),
                Times.fromDb(rs, "created_at"), rs.getBoolean("read"));
    }
}
