package io.autocrm.command.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import static io.autocrm.command.ticket.Fakes.*;
import static io.autocrm.command.ticket.TicketTest.*;

import io.autocrm.command.calendar.BusinessCalendar;
import io.autocrm.command.calendar.BusinessCalendars;
import io.autocrm.command.customer.CustomerRegistration;
import io.autocrm.command.ticket.sla.SlaTerms;
import io.autocrm.events.common.ActorType;
import io.autocrm.events.common.CalendarId;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.MetadataKeys;
import io.autocrm.events.ticket.*;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SLA clocks on the ticket: a measurement records the policy and starts its clocks, one durable deadline waits for the
 * next warning or breach, and when it fires the breach is recorded once; replies fulfil, pauses move the deadline.
 */
class TicketSlaTest {

    static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");
    static final UUID POLICY = UUID.fromString("00000000-0000-0000-0000-0000000005a1");
    static final MessageId REPLY = new MessageId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));

    FixtureConfiguration<Ticket> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Ticket.class);
        fixture.registerInjectableResource(statuses());
        fixture.registerInjectableResource(files());
        fixture.registerInjectableResource(customFields(new HashSet<>()));
        fixture.registerInjectableResource(agents());
        fixture.registerInjectableResource(teams());
        fixture.registerInjectableResource(customers());
        fixture.registerInjectableResource(creationLookups(new HashSet<>()));
        fixture.registerInjectableResource(memberships(() -> true));
        fixture.registerInjectableResource((CustomerRegistration) (id, name, email) -> { });
        fixture.registerInjectableResource(new InMemoryTicketContents());
        fixture.registerInjectableResource((TicketNumbers) new AtomicLong(2000)::incrementAndGet);
        fixture.registerInjectableResource(new BusinessCalendars() {
            @Override
            public Optional<BusinessCalendar> find(CalendarId calendarId) {
                return Optional.empty();
            }

            @Override
            public BusinessCalendar helpdeskHours() {
                return BusinessCalendar.ALWAYS;
            }
        });
    }

    static SlaTerms terms(long minutes) {
        return new SlaTerms(POLICY, 3, "Urgent", null, 75, false,
                List.of(new SlaTarget(SlaMetric.FIRST_REPLY_TIME, minutes, false, null)));
    }

    static SlaPolicyAppliedEvent applied(long minutes) {
        return new SlaPolicyAppliedEvent(TICKET, POLICY, 3, "Urgent", null, 75, false,
                List.of(new SlaTarget(SlaMetric.FIRST_REPLY_TIME, minutes, false, null)));
    }

    static SlaClockChangedEvent started(Instant due) {
        return new SlaClockChangedEvent(TICKET, SlaMetric.FIRST_REPLY_TIME, 1, SlaClockChange.STARTED, T0,
                StatusCategory.NEW, due);
    }

    @Test
    void recordsThePolicyStartsTheClockAndSchedulesTheWarning() {
        fixture.givenCurrentTime(T0).andGiven(created(NEW, null))
                .when(new MeasureSlaCommand(TICKET, terms(60)))
                .expectEvents(applied(60), started(T0.plusSeconds(3600)))
                .expectScheduledDeadlineWithName(Duration.ofMinutes(45), TicketSla.DEADLINE);
    }

    @Test
    void keepsTheVersionItWasMeasuredAgainst() {
        fixture.givenCurrentTime(T0).andGiven(created(NEW, null), applied(60), started(T0.plusSeconds(3600)))
                .when(new MeasureSlaCommand(TICKET, new SlaTerms(POLICY, 4, "Urgent", null, 75, false,
                        List.of(new SlaTarget(SlaMetric.FIRST_REPLY_TIME, 5, false, null)))))
                .expectNoEvents();
    }

    @Test
    void issuesTheWarningAndThenTheBreachWhenTheirDeadlinesFire() {
        fixture.givenCurrentTime(T0).andGiven(created(NEW, null))
                .andGivenCommands(new MeasureSlaCommand(TICKET, terms(60)))
                .whenTimeElapses(Duration.ofMinutes(61))
                .expectEvents(
                        new SlaWarningIssuedEvent(TICKET, SlaMetric.FIRST_REPLY_TIME, 1, T0.plusSeconds(2700),
                                T0.plusSeconds(3600)),
                        new SlaBreachedEvent(TICKET, SlaMetric.FIRST_REPLY_TIME, 1, T0.plusSeconds(3600)))
                .expectNoScheduledDeadlines()
                .expectState(ticket -> assertThat(ticket.facts(0).updatedAt())
                        .as("AutoCRM's SLA records are no update: hours since updated still count from creation")
                        .isEqualTo(T0));
    }

    @Test
    void aPublicReplyFulfilsAndCancelsTheDeadline() {
        fixture.givenCurrentTime(T0).andGiven(created(NEW, AGENT), applied(60), started(T0.plusSeconds(3600)))
                .andGivenCurrentTime(T0.plusSeconds(600))
                .andGiven(new PublicReplyAddedEvent(TICKET, REPLY, AGENT))
                .when(new MeasureSlaCommand(TICKET, terms(60)))
                .expectEvents(new SlaFulfilledEvent(TICKET, SlaMetric.FIRST_REPLY_TIME, 1, T0.plusSeconds(600),
                        REPLY, false))
                .expectNoScheduledDeadlines();
    }

    @Test
    void refusesAnyoneButAutoCrm() {
        fixture.givenCurrentTime(T0).andGiven(created(NEW, null))
                .when(new MeasureSlaCommand(TICKET, terms(60)), MetaData.with(MetadataKeys.ACTOR_TYPE,
                        ActorType.USER.key()).and(MetadataKeys.ACTOR_ID, "someone"))
                .expectException(TicketNotFound.class);
    }

    @Test
    void slaEventsNeverMakeAnAgentsExpectedVersionStale() {
        fixture.givenCurrentTime(T0).andGiven(created(OPEN, AGENT), applied(60), started(T0.plusSeconds(3600)))
                .when(UpdateTicketCommand.builder(TICKET, 0L).priority(Priority.HIGH).build())
                .expectEvents(new TicketPriorityChangedEvent(TICKET, Priority.NORMAL, Priority.HIGH));
    }

    @Test
    void anotherChangeSinceStillConflicts() {
        fixture.givenCurrentTime(T0).andGiven(created(OPEN, AGENT), applied(60),
                        new TicketPriorityChangedEvent(TICKET, Priority.NORMAL, Priority.LOW))
                .when(UpdateTicketCommand.builder(TICKET, 0L).priority(Priority.HIGH).build())
                .expectException(org.axonframework.modelling.command.ConflictingAggregateVersionException.class);
    }
}
