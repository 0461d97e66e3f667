package io.autocrm.events.ticket;

import java.util.List;

/**
 * One target of an SLA policy for a ticket's priority: the metric, how many minutes, counted in business hours (of
 * the policy's calendar) or calendar hours, and the statuses the clock runs in (never solved or closed).
 */
public record SlaTarget(SlaMetric metric, long minutes, boolean businessHours, List<StatusCategory> runsIn) {

    public SlaTarget {
        runsIn = runsIn == null ? metric.defaultRunsIn() : List.copyOf(runsIn);
    }

    public boolean runsIn(StatusCategory category) {
        return runsIn.contains(category);
    }
}
