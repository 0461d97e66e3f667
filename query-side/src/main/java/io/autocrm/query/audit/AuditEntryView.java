package io.autocrm.query.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One audit row as the API shows it: the ticket's version after the event, what happened in words, who did it and
 * through which channel, and the changed fields ({@code [{field, from, to}]}).
 */
public record AuditEntryView(long version, String eventType, Actor actor, String channel, String correlationId,
                             Instant occurredAt, String description, List<Map<String, Object>> changes,
                             Long globalIndex) {

    /** The actor from the event's metadata: type ({@code user}, {@code customer}, {@code api_key}, {@code system}). */
    public record Actor(String type, String id) {
    }
}
