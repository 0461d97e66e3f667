package io.autocrm.command.automation;

import io.autocrm.command.rules.Conditions;
import java.util.List;
import org.springframework.stereotype.Component;

/** Defines triggers and automations from code (the demo's): checked exactly as the API checks them, then stored. */
@Component
public class RuleDefinitions {

    private final Rules rules;
    private final RuleChecks checks;

    RuleDefinitions(Rules rules, RuleChecks checks) {
        this.rules = rules;
        this.checks = checks;
    }

    /** A new enabled trigger, acting after the existing ones; answers its id. */
    public String trigger(String name, String description, Conditions conditions, List<RuleAction> actions) {
        return define(RuleKind.TRIGGER, name, description, conditions, actions);
    }

    /** A new enabled automation, acting after the existing ones; answers its id. */
    public String automation(String name, String description, Conditions conditions, List<RuleAction> actions) {
        return define(RuleKind.AUTOMATION, name, description, conditions, actions);
    }

    private String define(RuleKind kind, String name, String description, Conditions conditions,
                          List<RuleAction> actions) {
        return rules.create(kind, name, description, true, checks.conditions(kind, conditions),
                checks.actions(actions), "system:system").id();
    }
}
