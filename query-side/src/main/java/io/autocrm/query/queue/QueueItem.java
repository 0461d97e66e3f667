package io.autocrm.query.queue;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A ticket as the queue shows it. Personal data (subject, requester name and email) is joined at read time and is null
 * once erased. {@code organisation} is the requester's organisation now (null when none). Ids are strings, instants
 * ISO-8601; {@code version} is the number of events the row reflects.
 */
public record QueueItem(String id, long number, String subject, StatusRef status,
                        @Schema(allowableValues = {"low", "normal", "high", "urgent"}) String priority,
                        @Schema(allowableValues = {"question", "incident", "problem", "task"}) String type,
                        Requester requester, NamedRef organisation, NamedRef assignee, NamedRef team, List<String> tags,
                        Map<String, List<String>> customFields,
                        @Schema(allowableValues = {"web", "email", "api", "chat", "widget", "system"}) String channel,
                        String followUpOf, Instant createdAt, Instant updatedAt, Instant firstResponseAt, Instant solvedAt, int messageCount, long version,
                        SlaDue sla) {

    /**
     * The ticket's next SLA target: the open one due first (its metric key, e.g. {@code first-reply-time}, and due
     * time), and whether any open target is breached. Null when no target runs.
     */
    public record SlaDue(String metric, Instant dueAt, boolean breached) {
    }

    /** A status key and the category it maps onto. */
    public record StatusRef(String key,
                            @Schema(allowableValues = {"new", "open", "pending", "on-hold", "solved", "closed"}) String category) {
    }

    /** The requesting customer; name and email are null when unknown or erased. */
    public record Requester(String id, String name, String email, boolean erased) {
    }

    /** An agent, team or organisation: its id and its current name (null when unknown). */
    public record NamedRef(String id, String name) {
    }
}
