package io.autocrm.command.sla;

import io.autocrm.command.rules.Conditions;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A policy to create or replace. Absent: {@code active} true, {@code warningPercent} 75, {@code notesFulfilReplies}
 * false, {@code conditions} match every ticket, {@code clocks} the defaults, {@code position} last (on create) or
 * unchanged (on replace).
 */
public record SlaPolicyRequest(String name, Boolean active, Conditions conditions, UUID calendarId,
                               Integer warningPercent, Boolean notesFulfilReplies, List<PolicyTarget> targets,
                               Map<String, List<String>> clocks, Integer position) {
}
