package io.autocrm.query.audit;

import io.autocrm.query.web.ActorView;
import io.autocrm.query.web.CauseView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One audit row as the API shows it: the ticket's version after the event, what happened in words, who did it (type,
 * id, role and, for people, their current name) and through which channel, and the changed fields
 * ({@code [{field, from, to}]}), and what besides the actor caused it ({@code cause}: a macro; null when nothing did).
 * In a customer's trail {@code correlationId}, {@code globalIndex} and {@code cause} are null.
 */
public record AuditEntryView(long version, String eventType, ActorView actor,
                             @Schema(allowableValues = {"web", "email", "api", "chat", "widget", "system"}) String channel, String correlationId,
                             Instant occurredAt, String description, List<Map<String, Object>> changes,
                             Long globalIndex, CauseView cause) {
}
