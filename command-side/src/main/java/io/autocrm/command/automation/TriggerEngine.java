package io.autocrm.command.automation;

import io.autocrm.command.rules.TicketSnapshot;
import io.autocrm.command.rules.TicketSnapshots;
import io.autocrm.events.common.MetadataKeys;
import io.autocrm.events.common.TicketId;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Lets the enabled triggers react, in order, to one change of a ticket. A trigger acts when its conditions hold for the
 * ticket as it is now reacting to the change, the change was recorded once the trigger was active, and it has not
 * acted on this ticket in this chain (the correlation id of the request that started it, which triggers carry on).
 * Each trigger sees what the ones before it did. A change made at {@link RuleCause#MAX_DEPTH} makes no trigger act:
 * the first trigger that would have acted adds, once per chain, an internal note saying the chain stopped.
 */
@Component
class TriggerEngine {

    private static final Logger log = LoggerFactory.getLogger(TriggerEngine.class);

    private final Rules rules;
    private final TicketSnapshots snapshots;
    private final RuleFirings firings;
    private final RuleActing acting;

    TriggerEngine(Rules rules, TicketSnapshots snapshots, RuleFirings firings, RuleActing acting) {
        this.rules = rules;
        this.snapshots = snapshots;
        this.firings = firings;
        this.acting = acting;
    }

    /** Whether any enabled trigger was active when a change recorded at {@code at} was made. */
    boolean anyActiveAt(java.time.Instant at) {
        return rules.enabled(RuleKind.TRIGGER).stream().anyMatch(rule -> !at.isBefore(rule.activeFrom()));
    }

    void react(DomainEventMessage<?> message, TicketSnapshot.Change change) {
        List<Rule> triggers = rules.enabled(RuleKind.TRIGGER).stream()
                .filter(rule -> !message.getTimestamp().isBefore(rule.activeFrom())).toList();
        if (triggers.isEmpty()) {
            return;
        }
        TicketId ticketId = new TicketId(UUID.fromString(message.getAggregateIdentifier()));
        String chain = chainOf(message);
        int depth = RuleCause.depthOf(message.getMetaData());
        TicketSnapshot ticket = null;
        for (Rule trigger : triggers) {
            UUID ruleId = UUID.fromString(trigger.id());
            if (firings.fired(ruleId, ticketId.value(), chain)) {
                continue;
            }
            if (ticket == null) {
                // Loaded once for the triggers that do not act, and again after each firing.
                ticket = snapshots.find(ticketId).map(t -> t.reactingTo(change)).orElse(null);
                if (ticket == null) {
                    return;
                }
            }
            if (ticket.facts().merged() || !trigger.conditions().matches(ticket, message.getTimestamp())) {
                continue;
            }
            if (depth >= RuleCause.MAX_DEPTH) {
                stop(trigger, ticket, chain, message, depth);
                return;
            }
            MetaData metaData = new RuleCause(trigger, chain, depth + 1).metaData();
            TicketSnapshot seen = ticket;
            firings.fire(new RuleFirings.TriggerFiring(ruleId, ticketId.value(), chain, message.getIdentifier(),
                    trigger.version(), depth + 1), () -> acting.act(trigger.actions(), seen.facts(), metaData));
            // Read again for the next trigger: this one acted, or another node claimed the firing and acted.
            ticket = null;
        }
    }

    private void stop(Rule trigger, TicketSnapshot ticket, String chain, DomainEventMessage<?> message, int depth) {
        RuleAction note = RuleAction.message("internal-note", "<p>Triggers stopped on this ticket: a chain of "
                + depth + " automatic changes reached the limit of " + RuleCause.MAX_DEPTH + ". The trigger “"
                + org.jsoup.nodes.Entities.escape(trigger.name()) + "” did not act; check the triggers for a loop.</p>");
        boolean noted = firings.fire(new RuleFirings.TriggerFiring(RuleFirings.DEPTH_LIMIT, ticket.facts().ticketId()
                        .value(), chain, message.getIdentifier(), trigger.version(), depth + 1),
                () -> acting.act(List.of(note), ticket.facts(),
                        new RuleCause(trigger, chain, depth + 1).metaData()));
        if (noted) {
            log.warn("Triggers stopped on ticket {}: chain {} reached depth {} (trigger '{}' would have acted)",
                    ticket.facts().ticketId(), chain, depth, trigger.name());
        }
    }

    private static String chainOf(DomainEventMessage<?> message) {
        Object correlation = message.getMetaData().get(MetadataKeys.CORRELATION_ID);
        return correlation == null ? message.getIdentifier() : correlation.toString();
    }
}
