package io.autocrm.command.calendar;

import io.autocrm.command.calendar.BusinessCalendar.Interval;
import io.autocrm.events.common.InvalidInput;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a calendar makes of a moment, so that an admin can check it before SLA policies measure with it: whether it is
 * open then, when a target of some business hours set then falls due (and which holidays it skipped), how much
 * business time lies between then and another instant, and the next opening hours.
 *
 * @param timeZone    the calendar's zone, in which the UI shows the instants
 * @param openAtFrom  whether {@code from} lies inside business hours
 * @param nextOpening the first instant at or after {@code from} inside business hours
 * @param due         when a target of {@code hours} business hours set at {@code from} falls due; null without hours
 * @param between     the business time from {@code from} to {@code to}; null without {@code to}
 * @param openings    the next opening hours from {@code from} (the first one cut at {@code from})
 */
record CalendarPreview(String timeZone, Instant from, boolean openAtFrom, Instant nextOpening, PreviewDue due,
                       PreviewBetween between, List<Interval> openings) {

    static final int MAX_OPENINGS = 20;
    static final double MAX_HOURS = 8784; // a leap year

    /**
     * @param hours            the target, in business hours
     * @param at               the instant it falls due
     * @param holidaysSkipped  the holidays on working weekdays between {@code from} and {@code at}
     */
    record PreviewDue(double hours, Instant at, List<Holiday> holidaysSkipped) {
    }

    /** @param businessMinutes the business time from {@code from} to {@code to}, in whole minutes */
    record PreviewBetween(Instant to, long businessMinutes) {
    }

    /**
     * Previews {@code definition} from {@code from}.
     *
     * @throws io.autocrm.events.common.DomainException VALIDATION_FAILED for hours outside 0-8784 or openings outside
     *                                                  1-20
     */
    static CalendarPreview of(CalendarDefinition definition, Instant from, Double hours, Instant to, int openings) {
        if (hours != null && (hours.isNaN() || hours < 0 || hours > MAX_HOURS)) {
            throw new InvalidInput("hours must be between 0 and " + (int) MAX_HOURS + ".");
        }
        if (openings < 1 || openings > MAX_OPENINGS) {
            throw new InvalidInput("openings must be between 1 and " + MAX_OPENINGS + ".");
        }
        BusinessCalendar calendar = definition.calendar();
        PreviewDue due = hours == null ? null : due(calendar, definition, from, hours);
        PreviewBetween between = to == null ? null
                : new PreviewBetween(to, calendar.between(from, to).toMinutes());
        return new CalendarPreview(definition.timeZone(), from, calendar.isOpen(from), calendar.nextOpening(from), due,
                between, openings(calendar, from, openings));
    }

    private static PreviewDue due(BusinessCalendar calendar, CalendarDefinition definition, Instant from, double hours) {
        Instant at = calendar.plus(from, Duration.ofSeconds(Math.round(hours * 3600)));
        LocalDate first = from.atZone(calendar.zone()).toLocalDate();
        LocalDate last = at.atZone(calendar.zone()).toLocalDate();
        List<Holiday> skipped = definition.holidays().stream()
                .filter(h -> !h.date().isBefore(first) && !h.date().isAfter(last))
                .filter(h -> calendar.week().containsKey(h.date().getDayOfWeek())).toList();
        return new PreviewDue(hours, at, skipped);
    }

    private static List<Interval> openings(BusinessCalendar calendar, Instant from, int count) {
        List<Interval> openings = new ArrayList<>();
        LocalDate day = from.atZone(calendar.zone()).toLocalDate().minusDays(1);
        for (int i = 0; i < 3660 && openings.size() < count; i++, day = day.plusDays(1)) {
            for (Interval interval : calendar.intervalsOf(day, 1)) {
                if (interval.end().isAfter(from) && openings.size() < count) {
                    openings.add(new Interval(interval.start().isAfter(from) ? interval.start() : from,
                            interval.end()));
                }
            }
        }
        return openings;
    }
}
