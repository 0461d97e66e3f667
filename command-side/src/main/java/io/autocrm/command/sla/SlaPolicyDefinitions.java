package io.autocrm.command.sla;

import org.springframework.stereotype.Component;

/** Defines SLA policies from code (the demo's): checked exactly as the API checks them, then stored, last in order. */
@Component
public class SlaPolicyDefinitions {

    /** The processing group of the process that measures tickets against the policies. */
    public static final String PROCESSING_GROUP = "sla-policies";

    private final SlaPolicies policies;
    private final SlaPolicyChecks checks;

    SlaPolicyDefinitions(SlaPolicies policies, SlaPolicyChecks checks) {
        this.policies = policies;
        this.checks = checks;
    }

    /** A new policy, saved by {@code by} (an admin's id, or {@code system}). */
    public SlaPolicy define(SlaPolicyRequest request, String by) {
        return policies.create(checks.checked(request), request.position(), by);
    }
}
