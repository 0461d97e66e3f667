package io.autocrm.app.demo;

import io.autocrm.command.automation.AutomationRun;
import io.autocrm.command.automation.RuleAction;
import io.autocrm.command.automation.RuleDefinitions;
import io.autocrm.command.rules.Condition;
import io.autocrm.command.rules.Conditions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's triggers and automations. Defined when the story starts, so the triggers react to what follows; the
 * triggers look only at tickets tagged {@code vip} (the story's own tickets have none, so nothing races the story's
 * commands), and a VIP ticket arrives at the end. The automations ("Solved for 4 days: close", "Pending for 3 days:
 * remind the customer") run once the seeding is done and the processor has caught up, so the history of the old
 * solved and pending tickets shows them acting at once.
 */
final class DemoAutomations {

    private static final Logger log = LoggerFactory.getLogger(DemoAutomations.class);

    private DemoAutomations() {
    }

    static void define(RuleDefinitions rules) {
        rules.trigger("VIP: urgent and flagged", "A VIP's new ticket goes to the top, with a note for the team",
                new Conditions(List.of(Condition.of("update", "is", "created"),
                        Condition.of("tags", "includes-any", "vip")), List.of()),
                List.of(RuleAction.of("set-priority", "urgent"),
                        RuleAction.tags("add-tags", List.of("escalated")),
                        RuleAction.message("internal-note", "<p>VIP customer: "
                                + "{{requester.name}} opened #{{ticket.number}}. Set to urgent; please answer within "
                                + "the hour.</p>")));
        rules.trigger("VIP wrote again", "A VIP's message on a ticket that was waiting for them", new Conditions(
                        List.of(Condition.of("update", "is", "customer-message"),
                                Condition.of("tags", "includes-any", "vip")), List.of()),
                List.of(new RuleAction("internal-note", null, null, null,
                        "<p>{{requester.first_name}} (VIP) wrote again on #{{ticket.number}}.</p>")));
        rules.automation("Solved for 4 days: close", "Close solved tickets nobody came back to", Conditions.all(
                        Condition.of("status-category", "is", "solved"),
                        Condition.of("hours-since-status-changed", "greater-than", "96")),
                List.of(RuleAction.of("set-status", "closed")));
        rules.automation("Pending for 3 days: remind the customer", "One friendly reminder per wait",
                Conditions.all(Condition.of("status-category", "is", "pending"),
                        Condition.of("hours-since-status-changed", "greater-than", "72")),
                List.of(RuleAction.message("public-reply", "<p>Hello {{requester.first_name}},</p>"
                        + "<p>We are still waiting for your answer on ticket #{{ticket.number}} "
                        + "({{ticket.subject}}). Just reply to this message when you can.</p>"
                        + "<p>The support team</p>")));
    }

    /**
     * Runs the automations once the automation processor has reached the seeded events' head (at most a minute), so
     * every seeded ticket is among their candidates.
     */
    static void runWhenCaughtUp(EventProcessingConfiguration processing, EventStore events,
                                AutomationRun automations) {
        StreamingEventProcessor processor = processing.eventProcessor(AutomationRun.PROCESSOR,
                StreamingEventProcessor.class).orElse(null);
        TrackingToken headToken = events.createHeadToken();
        long head = headToken == null ? 0 : headToken.position().orElse(0);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (processor != null && Instant.now().isBefore(deadline)) {
            boolean reached = !processor.processingStatus().isEmpty() && processor.processingStatus().values().stream()
                    .allMatch(status -> status.getCurrentPosition().orElse(-1) >= head);
            if (reached) {
                break;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        log.info("Demo automations acted on {} ticket(s)", automations.run());
    }
}
