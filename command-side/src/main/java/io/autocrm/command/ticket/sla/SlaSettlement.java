package io.autocrm.command.ticket.sla;

import io.autocrm.command.calendar.BusinessCalendar;
import io.autocrm.command.ticket.sla.SlaClocks.Change;
import io.autocrm.command.ticket.sla.SlaClocks.Target;
import io.autocrm.command.ticket.sla.SlaLedger.Recorded;
import io.autocrm.events.common.TicketId;
import io.autocrm.events.ticket.SlaBreachedEvent;
import io.autocrm.events.ticket.SlaClockChangedEvent;
import io.autocrm.events.ticket.SlaFulfilledEvent;
import io.autocrm.events.ticket.SlaWarningIssuedEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a ticket has to record about its SLA targets at an instant, and when it must look again: the clock changes,
 * warnings, breaches and fulfilments its ledger implies and it has not recorded yet (in the order they happened), and
 * the next instant a warning or breach falls due (null: none while every clock is paused or fulfilled).
 */
public record SlaSettlement(List<Object> events, Instant nextCheck) {

    private record Dated(Instant at, Object event) {
    }

    public static SlaSettlement of(TicketId ticketId, SlaLedger ledger, BusinessCalendar calendar, Instant now) {
        List<Dated> due = new ArrayList<>();
        Instant next = null;
        for (Target target : SlaClocks.targets(ledger, calendar, now)) {
            if (ledger.settled(target.key())) {
                continue;
            }
            Recorded recorded = ledger.recorded(target.key());
            due.addAll(unrecorded(ticketId, target, recorded, now));
            next = earliest(next, nextCheck(target, recorded, now));
        }
        due.sort(Comparator.comparing(Dated::at));
        return new SlaSettlement(due.stream().map(Dated::event).toList(), next);
    }

    private static List<Dated> unrecorded(TicketId ticketId, Target target, Recorded recorded, Instant now) {
        List<Dated> events = new ArrayList<>();
        List<Change> changes = target.changes();
        for (int i = recorded.clockChanges(); i < changes.size(); i++) {
            Change change = changes.get(i);
            events.add(new Dated(change.at(), new SlaClockChangedEvent(ticketId, target.metric(), target.cycle(),
                    change.change(), change.at(), change.status(), change.dueAt())));
        }
        if (!recorded.warned() && !recorded.breached() && reachedBeforeFulfilment(target.warningAt(), target, now)) {
            events.add(new Dated(target.warningAt(), new SlaWarningIssuedEvent(ticketId, target.metric(),
                    target.cycle(), target.warningAt(), target.breachAt())));
        }
        if (!recorded.breached() && reachedBeforeFulfilment(target.breachAt(), target, now)) {
            events.add(new Dated(target.breachAt(), new SlaBreachedEvent(ticketId, target.metric(), target.cycle(),
                    target.breachAt())));
        }
        if (!recorded.fulfilled() && target.fulfilled()) {
            boolean late = target.breachAt() != null && target.breachAt().isBefore(target.fulfilledAt());
            events.add(new Dated(target.fulfilledAt(), new SlaFulfilledEvent(ticketId, target.metric(),
                    target.cycle(), target.fulfilledAt(), target.fulfilledBy(), late)));
        }
        return events;
    }

    private static boolean reachedBeforeFulfilment(Instant at, Target target, Instant now) {
        return at != null && !at.isAfter(now) && (!target.fulfilled() || at.isBefore(target.fulfilledAt()));
    }

    private static Instant nextCheck(Target target, Recorded recorded, Instant now) {
        if (!target.running()) {
            return null;
        }
        Instant next = null;
        if (!recorded.warned() && target.warningAt() != null && target.warningAt().isAfter(now)) {
            next = target.warningAt();
        }
        if (target.breachAt() != null && target.breachAt().isAfter(now)) {
            next = earliest(next, target.breachAt());
        }
        return next;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }
}
