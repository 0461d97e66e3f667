package io.autocrm.command.ticket;

import java.util.Map;
import io.autocrm.events.common.Channel;
import io.autocrm.events.common.MetadataKeys;
import io.autocrm.command.access.CommandCaller;
import io.autocrm.command.calendar.BusinessCalendar;
import io.autocrm.command.calendar.BusinessCalendars;
import io.autocrm.command.ticket.sla.SlaLedger;
import io.autocrm.command.ticket.sla.SlaSettlement;
import io.autocrm.command.ticket.sla.SlaTerms;
import io.autocrm.events.common.ActorType;
import io.autocrm.events.common.TicketId;
import io.autocrm.events.ticket.Priority;
import io.autocrm.events.ticket.SlaPolicyAppliedEvent;
import io.autocrm.events.ticket.SlaPolicyRemovedEvent;
import io.autocrm.events.ticket.SlaRecord;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolution;
import org.axonframework.eventsourcing.conflictresolution.Conflicts;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.axonframework.modelling.command.AggregateLifecycle;

/**
 * The ticket's SLA decisions, kept out of {@link Ticket}: which policy event a measurement records, and settling its
 * clocks (recording what they imply by now, then scheduling one durable deadline at the next warning or breach, in
 * the same transaction as the events, after cancelling the one before).
 */
final class TicketSla {

    /** The name of the ticket's SLA deadline; at most one is scheduled per ticket. */
    static final String DEADLINE = "sla-check";

    private TicketSla() {
    }

    /** SLA events, which AutoCRM records on its own. */
    static boolean isSlaEvent(Object payload) {
        return payload instanceof SlaRecord;
    }

    /**
     * Resolves a stale expected version now: a conflict only when an event other than an SLA event came since
     * (Axon's conflict resolution; without an expected version, or when it is current, nothing happens).
     *
     * @throws org.axonframework.modelling.command.ConflictingAggregateVersionException on a real conflict
     */
    static void detectConflictsIgnoringSla() {
        ConflictResolution.getConflictResolver().detectConflicts(
                Conflicts.payloadMatching(payload -> !isSlaEvent(payload)));
    }

    /** Only AutoCRM itself measures SLAs. */
    static void requireSystem(MetaData metaData) {
        if (CommandCaller.of(metaData).actor().type() != ActorType.SYSTEM) {
            throw RequestValues.notFound();
        }
    }

    /** The event a measurement with {@code terms} records, if any: a new policy (or priority), or none any more. */
    static Optional<Object> policyEvent(TicketId ticketId, SlaLedger ledger, SlaTerms terms, Priority priority) {
        SlaPolicyAppliedEvent current = ledger.policy();
        if (terms == null) {
            return current == null ? Optional.empty()
                    : Optional.of(new SlaPolicyRemovedEvent(ticketId, current.policyId(), current.policyVersion()));
        }
        if (ledger.measuredWith(terms.policyId(), priority)) {
            return Optional.empty();
        }
        return Optional.of(new SlaPolicyAppliedEvent(ticketId, terms.policyId(), terms.version(), terms.name(),
                terms.calendarId(), terms.warningPercent(), terms.notesFulfilReplies(), terms.targets()));
    }

    /**
     * Records what the clocks imply now and schedules the next check (none while nothing runs). The deadline carries
     * the instant it is for ({@code dueAt}, ISO-8601): a check never counts as earlier than that, whatever the clock.
     */
    /** The metadata of what AutoCRM records on its own when a deadline fires. */
    private static final MetaData BY_AUTOCRM = MetaData.from(Map.of(MetadataKeys.ACTOR_TYPE, ActorType.SYSTEM.key(),
            MetadataKeys.ACTOR_ID, "system", MetadataKeys.ACTOR_ROLE, "system", MetadataKeys.CHANNEL,
            Channel.SYSTEM.key()));

    static void settle(TicketId ticketId, SlaLedger ledger, BusinessCalendars calendars, DeadlineManager deadlines,
                       Instant dueAt) {
        Instant now = GenericEventMessage.clock.instant();
        if (dueAt != null && dueAt.isAfter(now)) {
            now = dueAt;
        }
        SlaSettlement settlement = SlaSettlement.of(ticketId, ledger, calendar(ledger, calendars), now);
        if (dueAt == null) {
            settlement.events().forEach(AggregateLifecycle::apply);
        } else {
            // A deadline fired: no person's command is at hand, AutoCRM itself records what its clocks imply.
            settlement.events().forEach(event -> AggregateLifecycle.apply(event, BY_AUTOCRM));
        }
        ScopeDescriptor scope = scope(ticketId);
        deadlines.cancelAllWithinScope(DEADLINE, scope);
        if (settlement.nextCheck() != null) {
            deadlines.schedule(settlement.nextCheck(), DEADLINE, settlement.nextCheck().toString(), scope);
        }
    }

    /**
     * The ticket's scope, with its id as a string: the current scope's descriptor holds the id lazily and would be
     * stored without it, and a stored {@code TicketId} would not read back as one.
     */
    static ScopeDescriptor scope(TicketId ticketId) {
        return new AggregateScopeDescriptor("Ticket", ticketId.toString());
    }

    private static BusinessCalendar calendar(SlaLedger ledger, BusinessCalendars calendars) {
        SlaPolicyAppliedEvent policy = ledger.policy();
        if (policy == null || policy.calendarId() == null) {
            return calendars.helpdeskHours();
        }
        return calendars.find(policy.calendarId()).orElseGet(calendars::helpdeskHours);
    }
}
