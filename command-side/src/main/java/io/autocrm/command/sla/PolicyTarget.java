package io.autocrm.command.sla;

/**
 * A policy's target for one priority and metric: {@code minutes} in business hours (the policy's calendar) or, with
 * {@code businessHours} false, calendar hours. Keys: priority {@code low|normal|high|urgent}, metric e.g.
 * {@code first-reply-time}.
 */
public record PolicyTarget(String priority, String metric, Long minutes, Boolean businessHours) {
}
