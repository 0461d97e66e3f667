package io.autocrm.command.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.autocrm.command.calendar.BusinessCalendar.OpeningHours;
import io.autocrm.events.common.InvalidInput;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Monday to Friday 09:00-17:00 in Berlin, closed on 2026-12-25 and 2026-12-28 (a Monday). */
    private static BusinessCalendar officeHours(LocalDate... holidays) {
        Map<DayOfWeek, List<OpeningHours>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.put(day, List.of(OpeningHours.parse("09:00-17:00")));
        }
        return new BusinessCalendar(BERLIN, week, Set.of(holidays));
    }

    private static Instant berlin(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), BERLIN).toInstant();
    }

    @Test
    void eightBusinessHoursFromFridayAfternoonEndOnMondayAfternoon() {
        BusinessCalendar calendar = officeHours();
        // 2026-12-04 is a Friday: one hour on Friday, seven on Monday.
        assertThat(calendar.plus(berlin("2026-12-04T16:00"), Duration.ofHours(8))).isEqualTo(berlin("2026-12-07T16:00"));
        assertThat(calendar.between(berlin("2026-12-04T16:00"), berlin("2026-12-07T16:00"))).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void aTargetSetOutsideHoursStartsAtTheNextOpening() {
        BusinessCalendar calendar = officeHours();
        assertThat(calendar.plus(berlin("2026-12-05T11:00"), Duration.ofMinutes(30))).isEqualTo(berlin("2026-12-07T09:30"));
        assertThat(calendar.nextOpening(berlin("2026-12-05T11:00"))).isEqualTo(berlin("2026-12-07T09:00"));
        assertThat(calendar.nextOpening(berlin("2026-12-07T10:00"))).isEqualTo(berlin("2026-12-07T10:00"));
        assertThat(calendar.isOpen(berlin("2026-12-05T11:00"))).isFalse();
        assertThat(calendar.isOpen(berlin("2026-12-07T09:00"))).isTrue();
        assertThat(calendar.isOpen(berlin("2026-12-07T17:00"))).isFalse();
    }

    @Test
    void holidaysAreSkipped() {
        BusinessCalendar calendar = officeHours(LocalDate.parse("2026-12-25"), LocalDate.parse("2026-12-28"));
        // Thursday 24 December 16:00 + 2h: one hour on the 24th, then the 25th (Friday), the weekend and Monday the
        // 28th are closed, so the second hour ends on Tuesday the 29th at 10:00.
        assertThat(calendar.plus(berlin("2026-12-24T16:00"), Duration.ofHours(2))).isEqualTo(berlin("2026-12-29T10:00"));
        assertThat(calendar.between(berlin("2026-12-24T00:00"), berlin("2026-12-30T00:00"))).isEqualTo(Duration.ofHours(16));
        assertThat(calendar.closedOn(LocalDate.parse("2026-12-25"))).isTrue();
        assertThat(calendar.isOpen(berlin("2026-12-28T10:00"))).isFalse();
    }

    @Test
    void daylightSavingChangesKeepWallClockHours() {
        Map<DayOfWeek, List<OpeningHours>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, List.of(OpeningHours.parse("00:00-24:00")));
        }
        BusinessCalendar allDay = new BusinessCalendar(BERLIN, week, Set.of());
        // 2026-03-29: clocks go from 02:00 to 03:00; the local day has 23 hours.
        assertThat(allDay.between(berlin("2026-03-29T00:00"), berlin("2026-03-30T00:00"))).isEqualTo(Duration.ofHours(23));
        // 2026-10-25: clocks go from 03:00 back to 02:00; the local day has 25 hours.
        assertThat(allDay.between(berlin("2026-10-25T00:00"), berlin("2026-10-26T00:00"))).isEqualTo(Duration.ofHours(25));

        BusinessCalendar office = officeHours();
        // Office hours on the Mondays after each change are still eight hours, 09:00-17:00 local.
        assertThat(office.plus(berlin("2026-03-30T09:00"), Duration.ofHours(8))).isEqualTo(berlin("2026-03-30T17:00"));
        assertThat(office.plus(berlin("2026-10-23T16:00"), Duration.ofHours(2))).isEqualTo(berlin("2026-10-26T10:00"));
        assertThat(berlin("2026-10-26T10:00")).isEqualTo(Instant.parse("2026-10-26T09:00:00Z"));
    }

    @Test
    void calendarHoursAreEveryMinute() {
        Instant start = Instant.parse("2026-12-05T22:15:00Z");
        assertThat(BusinessCalendar.ALWAYS.plus(start, Duration.ofHours(30))).isEqualTo(start.plus(Duration.ofHours(30)));
        assertThat(BusinessCalendar.ALWAYS.between(start, start.plus(Duration.ofDays(3)))).isEqualTo(Duration.ofDays(3));
        assertThat(BusinessCalendar.ALWAYS.isOpen(start)).isTrue();
    }

    @Test
    void plusAndBetweenAgreeOverManyStarts() {
        BusinessCalendar calendar = officeHours(LocalDate.parse("2026-12-25"));
        Instant start = berlin("2026-12-18T08:00");
        for (int step = 0; step < 200; step++) {
            Instant from = start.plus(Duration.ofMinutes(step * 47L));
            Duration amount = Duration.ofMinutes(step * 13L + 1);
            Instant due = calendar.plus(from, amount);
            assertThat(calendar.between(from, due)).as("from %s plus %s", from, amount).isEqualTo(amount);
            assertThat(calendar.isOpen(due.minusSeconds(1))).isTrue();
        }
    }

    @Test
    void badHoursAreRefused() {
        assertThatThrownBy(() -> OpeningHours.parse("17:00-09:00")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> OpeningHours.parse("nine to five")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new BusinessCalendar(BERLIN,
                Map.of(DayOfWeek.MONDAY, List.of(OpeningHours.parse("09:00-12:00"), OpeningHours.parse("11:00-13:00"))),
                Set.of())).isInstanceOf(InvalidInput.class).hasMessageContaining("overlap");
        assertThatThrownBy(() -> new BusinessCalendar(BERLIN, Map.of(), Set.of())).isInstanceOf(InvalidInput.class);
        assertThat(OpeningHours.parse("08:30-24:00")).hasToString("08:30-24:00");
    }
}
