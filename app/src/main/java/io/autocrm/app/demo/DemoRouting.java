package io.autocrm.app.demo;

import io.autocrm.command.routing.Routing;
import io.autocrm.command.routing.RoutingActions;
import io.autocrm.command.routing.RoutingRuleDefinitions;
import io.autocrm.command.routing.RuleDraft;
import io.autocrm.command.rules.Condition;
import io.autocrm.command.rules.Conditions;
import io.autocrm.events.common.TicketId;
import io.autocrm.events.ticket.SkillRequirement;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;

/**
 * The demo's routing rules, and routing while the story is told: billing words send a ticket to Billing (tagged
 * billing), an urgent ticket from Acme requires the escalation skill, a VIP's request goes to Support, bugs and
 * outages to Engineering; a rule for
 * how-to questions is there but off. The routing process manager pauses while the story is told (its commands would
 * race the story's versions); each ticket is routed right after it is created instead, so its history says "via
 * rule", and the processor resumes afterwards (what it then sees changes nothing routing has not already changed).
 */
final class DemoRouting {

    private final Routing routing;
    private final EventProcessingConfiguration processing;

    DemoRouting(Routing routing, EventProcessingConfiguration processing) {
        this.routing = routing;
        this.processing = processing;
    }

    static void define(RoutingRuleDefinitions rules, DemoDirectory directory) {
        rules.define(new RuleDraft("Billing questions to Billing", true,
                Conditions.all(Condition.of("text", "contains", "invoice", "refund", "charged", "billing",
                        "subscription")),
                new RoutingActions(directory.team("Billing").toString(), null, null, List.of("billing"), null, null)),
                "system");
        rules.define(new RuleDraft("Urgent from Acme needs escalation", true,
                new Conditions(List.of(Condition.of("priority", "is", "urgent"),
                        Condition.of("organisation", "is", directory.acme.toString())), List.of()),
                new RoutingActions(null, null, null, List.of("vip"), List.of(new SkillRequirement("escalation", 2)),
                        null)), "system");
        rules.define(new RuleDraft("VIP requests to Support", true,
                Conditions.all(Condition.of("tags", "includes-any", "vip")),
                new RoutingActions(directory.team("Support").toString(), null, null, null, null, null)), "system");
        rules.define(new RuleDraft("Bugs and outages to Engineering", true,
                new Conditions(List.of(), List.of(Condition.of("subject", "contains", "500", "crash", "times out"),
                        Condition.of("tags", "includes-any", "bug", "outage"))),
                new RoutingActions(directory.team("Engineering").toString(), null, "problem", null, null, null)),
                "system");
        rules.define(new RuleDraft("How-to questions to Support", false,
                Conditions.all(Condition.of("type", "is", "question"), Condition.of("channel", "is", "chat")),
                new RoutingActions(directory.team("Support").toString(), null, null, List.of("how-to"), null, null)),
                "system");
    }

    /** Routes a ticket just created; answers its version afterwards. */
    long routeNow(TicketId ticket) {
        return routing.routeNow(ticket);
    }

    void pause() {
        processing.eventProcessor(Routing.PROCESSING_GROUP).ifPresent(EventProcessor::shutDown);
    }

    void resume() {
        processing.eventProcessor(Routing.PROCESSING_GROUP).ifPresent(EventProcessor::start);
    }
}
