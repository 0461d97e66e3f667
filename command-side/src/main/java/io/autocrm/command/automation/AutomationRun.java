package io.autocrm.command.automation;

import io.autocrm.command.rules.TicketSnapshot;
import io.autocrm.command.rules.TicketSnapshots;
import io.autocrm.events.common.TicketId;
import io.autocrm.events.ticket.StatusCategory;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * One run of the time-based automations, in order: for each enabled automation, the candidate tickets whose times
 * qualify ({@link Candidates}) are evaluated against their aggregates as they are now, and each that matches is acted
 * on once for its qualifying period: while it keeps the status it has (since {@code statusChangedAt}) and the
 * automation keeps its version. So "solved for 4 days: close" closes once, "pending for 3 days: remind" reminds once
 * per stay in pending, with no nullifying action needed. Run by {@link AutomationSchedule} on one node at a time; the
 * period's claim keeps it once also if two runs overlap.
 */
@Component
public class AutomationRun {

    /** The event processor that keeps the automations' candidates (and lets triggers react). */
    public static final String PROCESSOR = AutomationProcessor.GROUP;
    private static final Logger log = LoggerFactory.getLogger(AutomationRun.class);

    private final Rules rules;
    private final Candidates candidates;
    private final TicketSnapshots snapshots;
    private final RuleFirings firings;
    private final RuleActing acting;
    private final int batch;

    AutomationRun(Rules rules, Candidates candidates, TicketSnapshots snapshots, RuleFirings firings,
                  RuleActing acting, @Value("${autocrm.automations.batch-size:500}") int batch) {
        this.rules = rules;
        this.candidates = candidates;
        this.snapshots = snapshots;
        this.firings = firings;
        this.acting = acting;
        this.batch = batch;
    }

    /** Runs every enabled automation once; answers how many tickets they acted on. */
    public int run() {
        Instant now = GenericEventMessage.clock.instant();
        int acted = 0;
        for (Rule automation : rules.enabled(RuleKind.AUTOMATION)) {
            acted += run(automation, now);
        }
        if (acted > 0) {
            log.info("Automations acted on {} ticket(s)", acted);
        }
        return acted;
    }

    private int run(Rule automation, Instant now) {
        UUID ruleId = UUID.fromString(automation.id());
        AutomationTimes times = AutomationTimes.of(automation.conditions());
        if (times.isEmpty()) {
            return 0;
        }
        int acted = 0;
        for (UUID ticketId : candidates.qualifying(times, ruleId, automation.version(), now, batch)) {
            TicketSnapshot ticket = snapshots.find(new TicketId(ticketId)).orElse(null);
            if (ticket == null || ticket.facts().merged()
                    || ticket.facts().statusCategory() == StatusCategory.CLOSED) {
                candidates.closed(ticketId);
                continue;
            }
            if (!automation.conditions().matches(ticket, now)) {
                continue;
            }
            MetaData metaData = new RuleCause(automation, UUID.randomUUID().toString(), 1).metaData();
            if (firings.fire(new RuleFirings.AutomationFiring(ruleId, ticketId, automation.version(),
                    ticket.facts().statusChangedAt()), () -> acting.act(automation.actions(), ticket.facts(),
                    metaData))) {
                acted++;
            }
        }
        return acted;
    }
}
