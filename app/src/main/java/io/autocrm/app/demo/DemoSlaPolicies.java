package io.autocrm.app.demo;

import io.autocrm.command.rules.Condition;
import io.autocrm.command.rules.Conditions;
import io.autocrm.command.sla.PolicyTarget;
import io.autocrm.command.sla.SlaPolicyDefinitions;
import io.autocrm.command.sla.SlaPolicyRequest;
import io.autocrm.events.common.OrganisationId;
import java.util.List;
import java.util.Map;

/**
 * The demo's SLA policies, in order: Acme is a VIP customer (tight targets in calendar hours), urgent and high tickets
 * get business-hours targets (the helpdesk's default hours), everything else a relaxed first reply and resolution.
 * Defined before the story, so every demo ticket is measured: old ones show fulfilled and breached targets, recent
 * ones targets still due.
 */
final class DemoSlaPolicies {

    private DemoSlaPolicies() {
    }

    static void create(SlaPolicyDefinitions definitions, OrganisationId acme) {
        definitions.define(new SlaPolicyRequest("VIP: Acme", true, Conditions.all(Condition.of("organisation", "is",
                acme.toString())), null, 75, false, List.of(
                        target("urgent", "first-reply-time", 30, false), target("high", "first-reply-time", 60, false),
                        target("normal", "first-reply-time", 120, false), target("low", "first-reply-time", 240, false),
                        target("urgent", "next-reply-time", 60, false), target("high", "next-reply-time", 120, false),
                        target("normal", "next-reply-time", 240, false),
                        target("urgent", "requester-wait-time", 480, false),
                        target("high", "requester-wait-time", 960, false)), null, null), "system");
        definitions.define(new SlaPolicyRequest("Urgent and high", true, Conditions.all(Condition.of("priority",
                "at-least", "high")), null, 75, false, List.of(
                        target("urgent", "first-reply-time", 60, true), target("high", "first-reply-time", 240, true),
                        target("urgent", "next-reply-time", 120, true), target("high", "next-reply-time", 480, true),
                        target("urgent", "agent-work-time", 480, true), target("high", "agent-work-time", 960, true),
                        target("urgent", "pausable-update", 240, true)),
                Map.of("agent-work-time", List.of("new", "open")), null), "system");
        definitions.define(new SlaPolicyRequest("Standard", true, Conditions.ALWAYS, null, 80, true, List.of(
                        target("normal", "first-reply-time", 1440, false), target("low", "first-reply-time", 2880, false),
                        target("normal", "total-resolution-time", 7200, false),
                        target("low", "total-resolution-time", 14400, false)), null, null), "system");
    }

    private static PolicyTarget target(String priority, String metric, long minutes, boolean businessHours) {
        return new PolicyTarget(priority, metric, minutes, businessHours);
    }
}
