package io.autocrm.command.sla;

import io.autocrm.command.rules.Conditions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An SLA policy as stored and shown: the first active policy in {@code position} order whose conditions match a
 * ticket applies to it. {@code calendarId} null: the helpdesk's default business hours. {@code clocks}: per metric
 * key, the status categories its clock runs in where not Zendesk's default. {@code version} grows with each save.
 */
public record SlaPolicy(UUID id, String name, int position, boolean active, Conditions conditions, UUID calendarId,
                        int warningPercent, boolean notesFulfilReplies, List<PolicyTarget> targets,
                        Map<String, List<String>> clocks, int version, Instant createdAt, Instant updatedAt) {
}
