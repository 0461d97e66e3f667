package io.autocrm.command.routing;

import org.springframework.stereotype.Component;

/** Defines routing rules from code (the demo's): checked exactly as the API checks them, then stored as version 1. */
@Component
public class RoutingRuleDefinitions {

    private final RoutingRules rules;
    private final RoutingRuleChecks checks;

    RoutingRuleDefinitions(RoutingRules rules, RoutingRuleChecks checks) {
        this.rules = rules;
        this.checks = checks;
    }

    /** A new rule, last in the order; {@code by} names who made it (e.g. {@code system}). */
    public void define(RuleDraft draft, String by) {
        rules.create(checks.checked(draft), by);
    }
}
