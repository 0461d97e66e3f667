package io.autocrm.command.rules;

/** Whether a condition held for a ticket, and what the ticket had: "priority is high", "tags are billing, vip". */
public record ConditionOutcome(Condition condition, boolean held, String actual) {
}
