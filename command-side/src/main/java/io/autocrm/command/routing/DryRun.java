package io.autocrm.command.routing;

import io.autocrm.command.rules.ConditionOutcome;
import io.autocrm.command.rules.Conditions;
import io.autocrm.events.common.TicketId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Tries a rule set against the last tickets created, each as it was when created (its creation event folded): per
 * ticket, which rule would have matched, why (each tried rule's conditions and what the ticket had), and what it
 * would have changed. Writes nothing.
 */
@Component
class DryRun {

    /** At most this many tickets per dry run. */
    static final int MAX_TICKETS = 500;

    private final TicketHistories histories;

    DryRun(TicketHistories histories) {
        this.histories = histories;
    }

    /** A dry run's outcome: the tickets tried, newest first, and how many a rule matched. */
    record RoutingDryRunReport(int tickets, int matched, int changed, List<DryRunTicket> results) {
    }

    /** One ticket's outcome. */
    record DryRunTicket(String ticketId, long number, String subject, Instant createdAt, DryRunRule matchedRule,
                         List<RoutingChange> changes, List<DryRunRuleOutcome> tried) {
    }

    /** A rule as a dry run names it (id and version null for a draft). */
    record DryRunRule(UUID id, Integer version, String name) {
    }

    /** A rule tried on a ticket: whether it matched, and each condition's outcome. */
    record DryRunRuleOutcome(DryRunRule rule, boolean matched, List<DryRunCondition> conditions,
                             List<String> failures) {
    }

    /** One condition: what it tests, its list ({@code all} or {@code any}), whether it held, what the ticket had. */
    record DryRunCondition(String list, String condition, boolean held, String actual) {
    }

    RoutingDryRunReport run(List<RoutingRule> rules, int limit) {
        List<DryRunTicket> results = new ArrayList<>();
        for (TicketId ticketId : histories.lastCreated(Math.min(limit, MAX_TICKETS))) {
            histories.asCreated(ticketId).ifPresent(created -> {
                RoutingDecision decision = Router.decide(rules, created.snapshot(), PersonsChanges.NONE,
                        created.createdAt());
                results.add(new DryRunTicket(ticketId.toString(), created.snapshot().facts().number(),
                        created.snapshot().subject(), created.createdAt(),
                        decision.rule() == null ? null : ref(decision.rule()), decision.changes(),
                        decision.tried().stream().map(DryRun::outcome).toList()));
            });
        }
        int matched = (int) results.stream().filter(r -> r.matchedRule() != null).count();
        int changed = (int) results.stream().filter(r -> !r.changes().isEmpty()).count();
        return new RoutingDryRunReport(results.size(), matched, changed, results);
    }

    private static DryRunRule ref(RoutingRule rule) {
        return new DryRunRule(rule.id(), rule.id() == null ? null : rule.version(), rule.name());
    }

    private static DryRunRuleOutcome outcome(RoutingDecision.Tried tried) {
        Conditions.Explanation explanation = tried.explanation();
        List<DryRunCondition> conditions = new ArrayList<>();
        explanation.all().forEach(o -> conditions.add(result("all", o)));
        explanation.any().forEach(o -> conditions.add(result("any", o)));
        return new DryRunRuleOutcome(ref(tried.rule()), explanation.matched(), conditions, explanation.failures());
    }

    private static DryRunCondition result(String list, ConditionOutcome outcome) {
        return new DryRunCondition(list, outcome.condition().toString(), outcome.held(), outcome.actual());
    }
}
