package io.autocrm.command.rules;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * What must hold of a ticket: every condition of {@code all}, and at least one of {@code any} when it has any. No
 * conditions at all match every ticket.
 */
public record Conditions(List<Condition> all, List<Condition> any) {

    /** Matches every ticket. */
    public static final Conditions ALWAYS = new Conditions(List.of(), List.of());

    public Conditions {
        all = all == null ? List.of() : List.copyOf(all);
        any = any == null ? List.of() : List.copyOf(any);
    }

    public static Conditions all(Condition... conditions) {
        return new Conditions(List.of(conditions), List.of());
    }

    /** Whether a condition tests the field (any custom field counts as {@link ConditionField#CUSTOM_FIELD}). */
    public boolean tests(ConditionField field) {
        return Stream.concat(all.stream(), any.stream())
                .anyMatch(condition -> ConditionField.of(condition.field()).orElse(null) == field);
    }

    /** Whether a condition tests time passed (hours since ...): its outcome changes without any event. */
    public boolean measuresTime() {
        return Stream.concat(all.stream(), any.stream())
                .anyMatch(condition -> ConditionField.of(condition.field()).map(ConditionField::measuresTime).orElse(false));
    }

    /** Whether the ticket, as it is at {@code now}, meets these conditions. */
    public boolean matches(TicketSnapshot ticket, Instant now) {
        return explain(ticket, now).matched();
    }

    /** Every condition's outcome for the ticket, and whether they make a match (for dry runs and histories). */
    public Explanation explain(TicketSnapshot ticket, Instant now) {
        return new Explanation(
                all.stream().map(condition -> ConditionEvaluator.evaluate(condition, ticket, now)).toList(),
                any.stream().map(condition -> ConditionEvaluator.evaluate(condition, ticket, now)).toList());
    }

    /** The outcomes of the {@code all} and the {@code any} conditions. */
    public record Explanation(List<ConditionOutcome> all, List<ConditionOutcome> any) {

        public boolean matched() {
            return all.stream().allMatch(ConditionOutcome::held)
                    && (any.isEmpty() || any.stream().anyMatch(ConditionOutcome::held));
        }

        /** The conditions that kept it from matching, as people read them; empty when it matched. */
        public List<String> failures() {
            if (matched()) {
                return List.of();
            }
            List<String> failed = new java.util.ArrayList<>(all.stream().filter(o -> !o.held())
                    .map(o -> "not " + o.condition() + " (" + o.actual() + ")").toList());
            if (!any.isEmpty() && any.stream().noneMatch(ConditionOutcome::held)) {
                failed.add("none of: " + String.join("; ", any.stream().map(o -> o.condition().toString()).toList()));
            }
            return failed;
        }
    }
}
