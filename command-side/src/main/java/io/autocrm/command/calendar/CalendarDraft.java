package io.autocrm.command.calendar;

import io.autocrm.command.calendar.BusinessCalendar.OpeningHours;
import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.InvalidInput;
import io.autocrm.platform.web.Problems;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A calendar that passed the rules, ready to store: a known time zone, weekly hours that parse, do not overlap and open
 * on at least one day, and holidays with one entry per date.
 *
 * @param calendar the calculus it stands for (what previews and SLA policies use)
 */
record CalendarDraft(String name, String timeZone, BusinessCalendar calendar, List<Holiday> holidays,
                     boolean isDefault) {

    /**
     * Checks a request.
     *
     * @throws DomainException UNKNOWN_TIME_ZONE, INVALID_BUSINESS_HOURS, VALIDATION_FAILED (blank name)
     */
    static CalendarDraft of(CalendarRequest request) {
        if (request.name() == null || request.name().isBlank()) {
            throw new InvalidInput("A calendar needs a name.");
        }
        String zone = TimeZones.of(request.timeZone()).getId();
        Map<DayOfWeek, List<OpeningHours>> week = week(request.weeklyHours() == null ? Map.of() : request.weeklyHours());
        List<Holiday> holidays = holidays(request.holidays() == null ? List.of() : request.holidays());
        BusinessCalendar calendar;
        try {
            calendar = new BusinessCalendar(ZoneId.of(zone), week,
                    holidays.stream().map(Holiday::date).collect(Collectors.toSet()));
        } catch (InvalidInput e) {
            throw new InvalidBusinessHours(e.getMessage());
        }
        return new CalendarDraft(request.name().strip(), zone, calendar, holidays,
                Boolean.TRUE.equals(request.isDefault()));
    }

    /** The weekly hours as stored and shown: every day from monday to sunday, its hours in order. */
    Map<String, List<String>> weeklyHours() {
        return weeklyHours(calendar);
    }

    static Map<String, List<String>> weeklyHours(BusinessCalendar calendar) {
        Map<String, List<String>> days = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(dayName(day), calendar.week().getOrDefault(day, List.of()).stream()
                    .map(OpeningHours::toString).toList());
        }
        return days;
    }

    static String dayName(DayOfWeek day) {
        return day.name().toLowerCase(Locale.ROOT);
    }

    private static Map<DayOfWeek, List<OpeningHours>> week(Map<String, List<String>> given) {
        Map<DayOfWeek, List<OpeningHours>> week = new EnumMap<>(DayOfWeek.class);
        given.forEach((name, ranges) -> {
            DayOfWeek day = day(name);
            List<OpeningHours> hours = new ArrayList<>();
            for (String range : ranges == null ? List.<String>of() : ranges) {
                try {
                    hours.add(OpeningHours.parse(range));
                } catch (InvalidInput e) {
                    throw new InvalidBusinessHours("The hours of " + dayName(day) + " are invalid: " + e.getMessage());
                }
            }
            week.put(day, hours);
        });
        return week;
    }

    private static DayOfWeek day(String name) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (dayName(day).equals(name)) {
                return day;
            }
        }
        throw new InvalidBusinessHours("Weekly hours are keyed by day, monday to sunday; '"
                + Problems.shorten(String.valueOf(name)) + "' is no day.");
    }

    private static List<Holiday> holidays(List<Holiday> given) {
        Set<LocalDate> seen = new HashSet<>();
        List<Holiday> holidays = new ArrayList<>();
        for (Holiday holiday : given) {
            if (holiday.date() == null || holiday.name() == null || holiday.name().isBlank()) {
                throw new InvalidBusinessHours("Each holiday needs a date and a name.");
            }
            if (!seen.add(holiday.date())) {
                throw new InvalidBusinessHours("The holiday of " + holiday.date() + " is listed twice.");
            }
            holidays.add(new Holiday(holiday.date(), holiday.name().strip()));
        }
        holidays.sort(Comparator.comparing(Holiday::date));
        return List.copyOf(holidays);
    }
}
