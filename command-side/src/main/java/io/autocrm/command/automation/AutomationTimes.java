package io.autocrm.command.automation;

import io.autocrm.command.rules.Condition;
import io.autocrm.command.rules.Conditions;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The time conditions of an automation's {@code all} list ({@code hours-since-created/updated/status-changed
 * greater-than h}), which find its candidate tickets by their times before each is evaluated in full.
 */
record AutomationTimes(List<Bound> bounds) {

    /** A ticket's {@code column} (created_at, updated_at, status_changed_at) must be before now minus {@code hours}. */
    record Bound(String column, BigDecimal hours) {

        Instant before(Instant now) {
            return now.minus(Duration.ofSeconds(hours.multiply(BigDecimal.valueOf(3600)).longValue()));
        }
    }

    static AutomationTimes of(Conditions conditions) {
        return new AutomationTimes(conditions.all().stream().filter(RuleChecks::isTimeBound).map(AutomationTimes::bound)
                .toList());
    }

    boolean isEmpty() {
        return bounds.isEmpty();
    }

    private static Bound bound(Condition condition) {
        String column = switch (condition.field()) {
            case "hours-since-created" -> "created_at";
            case "hours-since-updated" -> "updated_at";
            default -> "status_changed_at";
        };
        return new Bound(column, new BigDecimal(condition.values().getFirst()));
    }
}
