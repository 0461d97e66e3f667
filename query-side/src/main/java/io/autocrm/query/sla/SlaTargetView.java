package io.autocrm.query.sla;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One SLA target of a ticket: its metric (e.g. {@code first-reply-time}) and cycle (recurring metrics count from 1),
 * the policy it is measured against, its state ({@code running}, {@code paused}, {@code fulfilled}), its due time
 * (null while paused), when it warned, breached and was fulfilled (by which message), and its timeline: entries
 * {@code {kind: started|paused|resumed|warning|breached|fulfilled, at, status, dueAt, messageId, late, policy}}.
 */
public record SlaTargetView(String metric, int cycle, String policyId, String policyName, Integer policyVersion,
                            Long targetMinutes, Boolean businessHours, String state, Instant startedAt, Instant dueAt,
                            Instant warnedAt, Instant breachedAt, Instant fulfilledAt, String fulfilledBy,
                            List<Map<String, Object>> timeline) {
}
