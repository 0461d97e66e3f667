package io.autocrm.command.ticket.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.autocrm.command.calendar.BusinessCalendar;
import io.autocrm.command.calendar.BusinessCalendar.OpeningHours;
import io.autocrm.command.ticket.sla.SlaLedger.Author;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.TicketId;
import io.autocrm.events.ticket.Priority;
import io.autocrm.events.ticket.SlaBreachedEvent;
import io.autocrm.events.ticket.SlaClockChange;
import io.autocrm.events.ticket.SlaClockChangedEvent;
import io.autocrm.events.ticket.SlaFulfilledEvent;
import io.autocrm.events.ticket.SlaMetric;
import io.autocrm.events.ticket.SlaPolicyAppliedEvent;
import io.autocrm.events.ticket.SlaTarget;
import io.autocrm.events.ticket.SlaWarningIssuedEvent;
import io.autocrm.events.ticket.StatusCategory;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Given a ticket's history and a policy, when its clocks are settled at an instant, then these events are due. */
class SlaSettlementTest {

    static final TicketId TICKET = new TicketId(UUID.fromString("00000000-0000-0000-0000-00000000051a"));
    static final UUID POLICY = UUID.fromString("00000000-0000-0000-0000-0000000005a1");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final MessageId REPLY = new MessageId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));
    static final MessageId NOTE = new MessageId(UUID.fromString("00000000-0000-0000-0000-0000000000a2"));
    static final MessageId ASK = new MessageId(UUID.fromString("00000000-0000-0000-0000-0000000000a3"));
    static final MessageId REPLY2 = new MessageId(UUID.fromString("00000000-0000-0000-0000-0000000000a4"));

    /** Monday to Friday 09:00-17:00 in Berlin, with the given holidays. */
    static BusinessCalendar officeHours(LocalDate... holidays) {
        Map<DayOfWeek, List<OpeningHours>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.put(day, List.of(OpeningHours.parse("09:00-17:00")));
        }
        return new BusinessCalendar(BERLIN, week, Set.of(holidays));
    }

    static Instant berlin(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), BERLIN).toInstant();
    }

    static Instant utc(String instant) {
        return Instant.parse(instant);
    }

    static SlaTarget target(SlaMetric metric, long minutes, boolean businessHours) {
        return new SlaTarget(metric, minutes, businessHours, metric.defaultRunsIn());
    }

    static SlaPolicyAppliedEvent policy(boolean notesFulfil, SlaTarget... targets) {
        return new SlaPolicyAppliedEvent(TICKET, POLICY, 1, "Urgent", null, 75, notesFulfil, List.of(targets));
    }

    static SlaLedger ledger(Instant created, SlaPolicyAppliedEvent policy) {
        SlaLedger ledger = new SlaLedger();
        ledger.created(created, StatusCategory.NEW);
        ledger.applied(policy, Priority.URGENT);
        return ledger;
    }

    /** Settles and records what it found, as the ticket's event-sourcing handlers would. */
    static SlaSettlement settle(SlaLedger ledger, BusinessCalendar calendar, Instant now) {
        SlaSettlement settlement = SlaSettlement.of(TICKET, ledger, calendar, now);
        settlement.events().forEach(event -> {
            switch (event) {
                case SlaClockChangedEvent e -> ledger.clockChanged(e);
                case SlaWarningIssuedEvent e -> ledger.warned(e);
                case SlaBreachedEvent e -> ledger.breached(e);
                case SlaFulfilledEvent e -> ledger.fulfilled(e);
                default -> throw new IllegalStateException(event.toString());
            }
        });
        return settlement;
    }

    static SlaClockChangedEvent clock(SlaMetric metric, int cycle, SlaClockChange change, Instant at,
                                      StatusCategory status, Instant due) {
        return new SlaClockChangedEvent(TICKET, metric, cycle, change, at, status, due);
    }

    @Test
    void countsBusinessHoursAcrossAWeekend() {
        Instant friday = berlin("2026-12-04T16:00");
        SlaLedger ledger = ledger(friday, policy(false, target(SlaMetric.FIRST_REPLY_TIME, 120, true)));

        SlaSettlement settlement = settle(ledger, officeHours(), friday.plusSeconds(60));

        assertThat(settlement.events()).containsExactly(clock(SlaMetric.FIRST_REPLY_TIME, 1, SlaClockChange.STARTED,
                friday, StatusCategory.NEW, berlin("2026-12-07T10:00")));
        assertThat(settlement.nextCheck()).as("the warning at 75%: 90 business minutes")
                .isEqualTo(berlin("2026-12-07T09:30"));
    }

    @Test
    void skipsAHoliday() {
        Instant friday = berlin("2026-12-04T16:00");
        SlaLedger ledger = ledger(friday, policy(false, target(SlaMetric.FIRST_REPLY_TIME, 120, true)));

        SlaSettlement settlement = settle(ledger, officeHours(LocalDate.parse("2026-12-07")), friday);

        assertThat(((SlaClockChangedEvent) settlement.events().getFirst()).dueAt())
                .isEqualTo(berlin("2026-12-08T10:00"));
    }

    @Test
    void countsTheShortDayOfADaylightSavingChange() {
        Map<DayOfWeek, List<OpeningHours>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, List.of(OpeningHours.parse("08:00-20:00")));
        }
        BusinessCalendar everyDay = new BusinessCalendar(BERLIN, week, Set.of());
        Instant saturdayEvening = utc("2027-03-27T18:00:00Z"); // 19:00 CET; clocks go forward on Sunday 28 March
        SlaLedger ledger = ledger(saturdayEvening, policy(false, target(SlaMetric.FIRST_REPLY_TIME, 120, true)));

        SlaSettlement settlement = settle(ledger, everyDay, saturdayEvening);

        assertThat(((SlaClockChangedEvent) settlement.events().getFirst()).dueAt())
                .as("one hour on Saturday, then Sunday 08:00-09:00 CEST").isEqualTo(utc("2027-03-28T07:00:00Z"));
    }

    @Test
    void pausesWhilePendingAndMovesTheDueTimeByThePause() {
        Instant created = utc("2026-12-07T10:00:00Z");
        SlaLedger ledger = ledger(created, policy(false, target(SlaMetric.AGENT_WORK_TIME, 60, false)));
        settle(ledger, officeHours(), created);
        ledger.statusChanged(utc("2026-12-07T10:20:00Z"), StatusCategory.PENDING);

        SlaSettlement paused = settle(ledger, officeHours(), utc("2026-12-07T10:30:00Z"));
        assertThat(paused.events()).containsExactly(clock(SlaMetric.AGENT_WORK_TIME, 1, SlaClockChange.PAUSED,
                utc("2026-12-07T10:20:00Z"), StatusCategory.PENDING, null));
        assertThat(paused.nextCheck()).as("nothing falls due while paused").isNull();

        ledger.statusChanged(utc("2026-12-07T12:00:00Z"), StatusCategory.OPEN);
        SlaSettlement resumed = settle(ledger, officeHours(), utc("2026-12-07T12:00:00Z"));
        assertThat(resumed.events()).containsExactly(clock(SlaMetric.AGENT_WORK_TIME, 1, SlaClockChange.RESUMED,
                utc("2026-12-07T12:00:00Z"), StatusCategory.OPEN, utc("2026-12-07T12:40:00Z")));
        assertThat(resumed.nextCheck()).as("warning at 45 of 60 minutes: 25 after resuming")
                .isEqualTo(utc("2026-12-07T12:25:00Z"));

        SlaSettlement late = settle(ledger, officeHours(), utc("2026-12-07T12:50:00Z"));
        assertThat(late.events()).containsExactly(
                new SlaWarningIssuedEvent(TICKET, SlaMetric.AGENT_WORK_TIME, 1, utc("2026-12-07T12:25:00Z"),
                        utc("2026-12-07T12:40:00Z")),
                new SlaBreachedEvent(TICKET, SlaMetric.AGENT_WORK_TIME, 1, utc("2026-12-07T12:40:00Z")));
    }

    @Test
    void requesterWaitKeepsRunningOnHoldButAgentWorkPauses() {
        Instant created = utc("2026-12-07T10:00:00Z");
        SlaLedger ledger = ledger(created, policy(false, target(SlaMetric.REQUESTER_WAIT_TIME, 60, false),
                target(SlaMetric.AGENT_WORK_TIME, 60, false)));
        settle(ledger, officeHours(), created);
        ledger.statusChanged(utc("2026-12-07T10:30:00Z"), StatusCategory.ON_HOLD);

        SlaSettlement settlement = settle(ledger, officeHours(), utc("2026-12-07T11:05:00Z"));

        assertThat(settlement.events()).containsExactly(
                clock(SlaMetric.AGENT_WORK_TIME, 1, SlaClockChange.PAUSED, utc("2026-12-07T10:30:00Z"),
                        StatusCategory.ON_HOLD, null),
                new SlaWarningIssuedEvent(TICKET, SlaMetric.REQUESTER_WAIT_TIME, 1, utc("2026-12-07T10:45:00Z"),
                        utc("2026-12-07T11:00:00Z")),
                new SlaBreachedEvent(TICKET, SlaMetric.REQUESTER_WAIT_TIME, 1, utc("2026-12-07T11:00:00Z")));
    }

    @Test
    void aPublicReplyFulfilsTheFirstReplyTargetButAnInternalNoteDoesNot() {
        Instant created = utc("2026-12-07T10:00:00Z");
        SlaLedger ledger = ledger(created, policy(false, target(SlaMetric.FIRST_REPLY_TIME, 60, false)));
        settle(ledger, officeHours(), created);
        ledger.message(utc("2026-12-07T10:10:00Z"), Author.AGENT_NOTE, NOTE);
        ledger.message(utc("2026-12-07T10:30:00Z"), Author.AGENT_PUBLIC, REPLY);

        SlaSettlement settlement = settle(ledger, officeHours(), utc("2026-12-07T10:31:00Z"));

        assertThat(settlement.events()).containsExactly(new SlaFulfilledEvent(TICKET, SlaMetric.FIRST_REPLY_TIME, 1,
                utc("2026-12-07T10:30:00Z"), REPLY, false));
        assertThat(settlement.nextCheck()).isNull();
    }

    @Test
    void anInternalNoteFulfilsWhenThePolicySaysSo() {
        Instant created = utc("2026-12-07T10:00:00Z");
        SlaLedger ledger = ledger(created, policy(true, target(SlaMetric.FIRST_REPLY_TIME, 60, false)));
        settle(ledger, officeHours(), created);
        ledger.message(utc("2026-12-07T10:10:00Z"), Author.AGENT_NOTE, NOTE);

        assertThat(settle(ledger, officeHours(), utc("2026-12-07T10:11:00Z")).events()).containsExactly(
                new SlaFulfilledEvent(TICKET, SlaMetric.FIRST_REPLY_TIME, 1, utc("2026-12-07T10:10:00Z"), NOTE,
                        false));
    }

    @Test
    void aLateReplyIsRecordedAfterItsWarningAndBreachInTheOrderTheyHappened() {
        Instant created = utc("2026-12-07T10:00:00Z");
        SlaLedger ledger = ledger(created, policy(false, target(SlaMetric.FIRST_REPLY_TIME, 30, false)));
        ledger.message(utc("2026-12-07T10:45:00Z"), Author.AGENT_PUBLIC, REPLY);

        SlaSettlement settlement = settle(ledger, officeHours(), utc("2026-12-07T11:00:00Z"));

        assertThat(settlement.events()).containsExactly(
                clock(SlaMetric.FIRST_REPLY_TIME, 1, SlaClockChange.STARTED, created, StatusCategory.NEW,
                        utc("2026-12-07T10:30:00Z")),
                new SlaWarningIssuedEvent(TICKET, SlaMetric.FIRST_REPLY_TIME, 1, utc("2026-12-07T10:22:30Z"),
                        utc("2026-12-07T10:30:00Z")),
                new SlaBreachedEvent(TICKET, SlaMetric.FIRST_REPLY_TIME, 1, utc("2026-12-07T10:30:00Z")),
                new SlaFulfilledEvent(TICKET, SlaMetric.FIRST_REPLY_TIME, 1, utc("2026-12-07T10:45:00Z"), REPLY,
                        true));
    }

    @Test
    void recordsEachThingOnce() {
        Instant created = utc("2026-12-07T10:00:00Z");
        SlaLedger ledger = ledger(created, policy(false, target(SlaMetric.FIRST_REPLY_TIME, 30, false)));
        settle(ledger, officeHours(), utc("2026-12-07T11:00:00Z"));

        SlaSettlement again = settle(ledger, officeHours(), utc("2026-12-07T11:00:01Z"));

        assertThat(again.events()).isEmpty();
        assertThat(again.nextCheck()).as("breached already: nothing more falls due").isNull();
    }

    @Test
    void startsANextReplyTargetWhenTheCustomerWritesAfterTheFirstReplyAndNoWarningOnceFulfilled() {
        Instant created = utc("2026-12-07T10:00:00Z");
        SlaLedger ledger = ledger(created, policy(false, target(SlaMetric.NEXT_REPLY_TIME, 60, false)));
        ledger.message(created, Author.CUSTOMER, ASK);
        ledger.message(utc("2026-12-07T10:10:00Z"), Author.AGENT_PUBLIC, REPLY);
        ledger.message(utc("2026-12-07T10:20:00Z"), Author.CUSTOMER, ASK);
        ledger.message(utc("2026-12-07T10:50:00Z"), Author.AGENT_PUBLIC, REPLY2);

        assertThat(settle(ledger, officeHours(), utc("2026-12-07T11:00:00Z")).events()).containsExactly(
                clock(SlaMetric.NEXT_REPLY_TIME, 1, SlaClockChange.STARTED, utc("2026-12-07T10:20:00Z"),
                        StatusCategory.NEW, utc("2026-12-07T11:20:00Z")),
                new SlaFulfilledEvent(TICKET, SlaMetric.NEXT_REPLY_TIME, 1, utc("2026-12-07T10:50:00Z"), REPLY2,
                        false));
    }

    @Test
    void solvingFulfilsResolutionTargets() {
        Instant created = utc("2026-12-07T10:00:00Z");
        SlaLedger ledger = ledger(created, policy(false, target(SlaMetric.TOTAL_RESOLUTION_TIME, 600, false)));
        settle(ledger, officeHours(), created);
        ledger.statusChanged(utc("2026-12-07T10:30:00Z"), StatusCategory.PENDING);
        ledger.statusChanged(utc("2026-12-07T11:00:00Z"), StatusCategory.SOLVED);

        assertThat(settle(ledger, officeHours(), utc("2026-12-07T11:00:00Z")).events()).containsExactly(
                new SlaFulfilledEvent(TICKET, SlaMetric.TOTAL_RESOLUTION_TIME, 1, utc("2026-12-07T11:00:00Z"), null,
                        false));
    }

    @Test
    void aReopenedTicketResumesItsResolutionClockWhereTheSolveStoppedIt() {
        Instant created = utc("2026-12-07T10:00:00Z");
        SlaLedger ledger = ledger(created, policy(false, target(SlaMetric.AGENT_WORK_TIME, 240, false)));
        settle(ledger, officeHours(), created);
        ledger.statusChanged(utc("2026-12-07T11:00:00Z"), StatusCategory.PENDING);
        ledger.statusChanged(utc("2026-12-07T12:00:00Z"), StatusCategory.OPEN);
        ledger.statusChanged(utc("2026-12-07T13:00:00Z"), StatusCategory.SOLVED);
        settle(ledger, officeHours(), utc("2026-12-07T13:00:00Z"));

        ledger.statusChanged(utc("2026-12-07T15:00:00Z"), StatusCategory.OPEN);
        SlaSettlement reopened = settle(ledger, officeHours(), utc("2026-12-07T15:00:00Z"));

        assertThat(reopened.events()).as("two of its four hours ran before the solve; the outcome then stays")
                .containsExactly(clock(SlaMetric.AGENT_WORK_TIME, 2, SlaClockChange.RESUMED,
                        utc("2026-12-07T15:00:00Z"), StatusCategory.OPEN, utc("2026-12-07T17:00:00Z")));
        assertThat(reopened.nextCheck()).as("the warning at 75% of four hours: one hour after the reopening")
                .isEqualTo(utc("2026-12-07T16:00:00Z"));
        assertThat(ledger.recorded(SlaLedger.key("agent-work-time", 1)).fulfilled()).isTrue();

        assertThat(settle(ledger, officeHours(), utc("2026-12-07T17:00:00Z")).events()).containsExactly(
                new SlaWarningIssuedEvent(TICKET, SlaMetric.AGENT_WORK_TIME, 2, utc("2026-12-07T16:00:00Z"),
                        utc("2026-12-07T17:00:00Z")),
                new SlaBreachedEvent(TICKET, SlaMetric.AGENT_WORK_TIME, 2, utc("2026-12-07T17:00:00Z")));
    }

    @Test
    void aTicketSolvedTooLateIsOverdueAgainTheMomentItIsReopened() {
        Instant created = utc("2026-12-07T10:00:00Z");
        SlaLedger ledger = ledger(created, policy(false, target(SlaMetric.TOTAL_RESOLUTION_TIME, 60, false)));
        ledger.statusChanged(utc("2026-12-07T12:00:00Z"), StatusCategory.SOLVED);
        settle(ledger, officeHours(), utc("2026-12-07T12:00:00Z"));
        ledger.statusChanged(utc("2026-12-07T12:30:00Z"), StatusCategory.CLOSED);
        assertThat(settle(ledger, officeHours(), utc("2026-12-07T12:30:00Z")).events())
                .as("closing a solved ticket is no reopening").isEmpty();

        SlaLedger reopened = ledger(created, policy(false, target(SlaMetric.TOTAL_RESOLUTION_TIME, 60, false)));
        reopened.statusChanged(utc("2026-12-07T12:00:00Z"), StatusCategory.SOLVED);
        settle(reopened, officeHours(), utc("2026-12-07T12:00:00Z"));
        reopened.statusChanged(utc("2026-12-07T14:00:00Z"), StatusCategory.OPEN);
        assertThat(settle(reopened, officeHours(), utc("2026-12-07T14:00:00Z")).events()).containsExactly(
                clock(SlaMetric.TOTAL_RESOLUTION_TIME, 2, SlaClockChange.RESUMED, utc("2026-12-07T14:00:00Z"),
                        StatusCategory.OPEN, utc("2026-12-07T14:00:00Z")),
                new SlaBreachedEvent(TICKET, SlaMetric.TOTAL_RESOLUTION_TIME, 2, utc("2026-12-07T14:00:00Z")));
    }

    @Test
    void aNewPolicyNeverRewritesAnOutcome() {
        Instant created = utc("2026-12-07T10:00:00Z");
        SlaLedger ledger = ledger(created, policy(false, target(SlaMetric.FIRST_REPLY_TIME, 60, false)));
        ledger.message(utc("2026-12-07T10:30:00Z"), Author.AGENT_PUBLIC, REPLY);
        settle(ledger, officeHours(), utc("2026-12-07T10:31:00Z"));

        ledger.applied(new SlaPolicyAppliedEvent(TICKET, POLICY, 2, "Urgent", null, 75, false,
                List.of(target(SlaMetric.FIRST_REPLY_TIME, 10, false))), Priority.URGENT);

        assertThat(settle(ledger, officeHours(), utc("2026-12-07T10:32:00Z")).events())
                .as("fulfilled in time under version 1; version 2's 10 minutes do not make it late").isEmpty();
    }
}
