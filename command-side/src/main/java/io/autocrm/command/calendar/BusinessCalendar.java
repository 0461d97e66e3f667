package io.autocrm.command.calendar;

import io.autocrm.events.common.InvalidInput;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Business hours: a time zone, weekly opening hours and holidays (whole local days closed). Answers whether an instant
 * is inside business hours, how much business time lies between two instants, and which instant comes a given amount
 * of business time after another; SLA targets "in business hours" and agents' shifts are measured with it, targets "in
 * calendar hours" with {@link #ALWAYS}.
 *
 * <p>Opening hours are local wall-clock times, so a daylight-saving change shortens or lengthens that day's hours as
 * it does for the people working them: 09:00-17:00 is seven hours of business time on the spring-forward day only if
 * the gap falls inside it. Local times that do not exist (inside a spring-forward gap) move forward by the gap; times
 * that exist twice (autumn) take the earlier offset ({@link ZonedDateTime#of}).
 *
 * @param zone     the zone the hours and holidays are read in
 * @param week     per day, its opening hours in order, not overlapping; a day that is absent is closed
 * @param holidays local dates that are closed whatever the weekday
 */
public record BusinessCalendar(ZoneId zone, Map<DayOfWeek, List<OpeningHours>> week, Set<LocalDate> holidays) {

    /** Open every minute of every day: calendar hours. */
    public static final BusinessCalendar ALWAYS = new BusinessCalendar(ZoneId.of("UTC"), allWeek(), Set.of());

    /** How far ahead a calendar is searched for opening hours (ten years) before it counts as never open. */
    private static final int MAX_DAYS = 3660;

    /**
     * Opening hours of one day, from {@code start} up to {@code end} (exclusive) in minutes after midnight;
     * {@code end} 1440 means "until midnight".
     */
    public record OpeningHours(int start, int end) {

        public OpeningHours {
            if (start < 0 || end > 1440 || start >= end) {
                throw new InvalidInput("Opening hours must start before they end, within one day (00:00-24:00).");
            }
        }

        /** Hours written {@code HH:mm-HH:mm} ({@code 24:00} allowed as the end). */
        public static OpeningHours parse(String text) {
            String[] parts = text == null ? new String[0] : text.trim().split("-");
            if (parts.length != 2) {
                throw new InvalidInput("Opening hours are written HH:mm-HH:mm, e.g. 09:00-17:00.");
            }
            return new OpeningHours(minutes(parts[0]), minutes(parts[1]));
        }

        private static int minutes(String text) {
            String value = text.trim();
            if (value.equals("24:00")) {
                return 1440;
            }
            try {
                LocalTime time = LocalTime.parse(value);
                return time.getHour() * 60 + time.getMinute();
            } catch (RuntimeException e) {
                throw new InvalidInput("Opening hours are written HH:mm-HH:mm, e.g. 09:00-17:00.");
            }
        }

        /** {@code HH:mm-HH:mm}, as {@link #parse} reads it. */
        @Override
        public String toString() {
            return format(start) + "-" + format(end);
        }

        private static String format(int minutes) {
            return "%02d:%02d".formatted(minutes / 60, minutes % 60);
        }
    }

    /** An interval of business time, as instants. */
    public record Interval(Instant start, Instant end) {
    }

    public BusinessCalendar {
        EnumMap<DayOfWeek, List<OpeningHours>> days = new EnumMap<>(DayOfWeek.class);
        week.forEach((day, hours) -> {
            List<OpeningHours> sorted = new ArrayList<>(hours);
            sorted.sort(Comparator.comparingInt(OpeningHours::start));
            for (int i = 1; i < sorted.size(); i++) {
                if (sorted.get(i).start() < sorted.get(i - 1).end()) {
                    throw new InvalidInput("Opening hours of " + day + " overlap: " + sorted.get(i - 1) + " and "
                            + sorted.get(i) + ".");
                }
            }
            if (!sorted.isEmpty()) {
                days.put(day, List.copyOf(sorted));
            }
        });
        if (days.isEmpty()) {
            throw new InvalidInput("A calendar needs opening hours on at least one day of the week.");
        }
        week = Map.copyOf(days);
        holidays = Set.copyOf(new TreeSet<>(holidays));
    }

    /** Whether {@code instant} lies inside business hours. */
    public boolean isOpen(Instant instant) {
        return intervalsOf(instant.atZone(zone).toLocalDate().minusDays(1), 3).stream()
                .anyMatch(i -> !instant.isBefore(i.start()) && instant.isBefore(i.end()));
    }

    /** The business time inside {@code [from, to)}; zero when {@code to} is not after {@code from}. */
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate day = from.atZone(zone).toLocalDate().minusDays(1);
        LocalDate last = to.atZone(zone).toLocalDate().plusDays(1);
        for (; !day.isAfter(last); day = day.plusDays(1)) {
            for (Interval interval : intervalsOf(day, 1)) {
                Instant start = interval.start().isAfter(from) ? interval.start() : from;
                Instant end = interval.end().isBefore(to) ? interval.end() : to;
                if (end.isAfter(start)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    /**
     * The instant at which {@code amount} of business time has passed since {@code from}: a target of "8 business
     * hours" set on Friday at 16:00 in a 09:00-17:00 Monday-Friday calendar falls on Monday at 16:00. A zero amount
     * answers {@code from} itself.
     *
     * @throws IllegalStateException when the calendar has no opening hours in the next ten years (every day a holiday)
     */
    public Instant plus(Instant from, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("amount must not be negative");
        }
        if (amount.isZero()) {
            return from;
        }
        Duration left = amount;
        LocalDate first = from.atZone(zone).toLocalDate().minusDays(1);
        for (int offset = 0; offset < MAX_DAYS; offset++) {
            for (Interval interval : intervalsOf(first.plusDays(offset), 1)) {
                if (!interval.end().isAfter(from)) {
                    continue;
                }
                Instant start = interval.start().isAfter(from) ? interval.start() : from;
                Duration available = Duration.between(start, interval.end());
                if (available.compareTo(left) >= 0) {
                    return start.plus(left);
                }
                left = left.minus(available);
            }
        }
        throw new IllegalStateException("The calendar has no business hours in the next ten years.");
    }

    /** The first instant at or after {@code from} inside business hours. */
    public Instant nextOpening(Instant from) {
        LocalDate first = from.atZone(zone).toLocalDate().minusDays(1);
        for (int offset = 0; offset < MAX_DAYS; offset++) {
            for (Interval interval : intervalsOf(first.plusDays(offset), 1)) {
                if (interval.end().isAfter(from)) {
                    return interval.start().isAfter(from) ? interval.start() : from;
                }
            }
        }
        throw new IllegalStateException("The calendar has no business hours in the next ten years.");
    }

    /** The business hours of {@code days} local days from {@code first}, as instants, in order. */
    public List<Interval> intervalsOf(LocalDate first, int days) {
        List<Interval> intervals = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            LocalDate day = first.plusDays(i);
            if (holidays.contains(day)) {
                continue;
            }
            for (OpeningHours hours : week.getOrDefault(day.getDayOfWeek(), List.of())) {
                Instant start = at(day, hours.start());
                Instant end = at(day, hours.end());
                if (end.isAfter(start)) {
                    intervals.add(new Interval(start, end));
                }
            }
        }
        return intervals;
    }

    /** Whether the calendar is closed on {@code day} (a holiday, or no hours that weekday). */
    public boolean closedOn(LocalDate day) {
        return holidays.contains(day) || !week.containsKey(day.getDayOfWeek());
    }

    /** The holiday, if any, that closes {@code day}. */
    public Optional<LocalDate> holiday(LocalDate day) {
        return holidays.contains(day) ? Optional.of(day) : Optional.empty();
    }

    private Instant at(LocalDate day, int minutes) {
        if (minutes == 1440) {
            return day.plusDays(1).atStartOfDay(zone).toInstant();
        }
        return ZonedDateTime.of(day, LocalTime.of(minutes / 60, minutes % 60), zone).toInstant();
    }

    private static Map<DayOfWeek, List<OpeningHours>> allWeek() {
        Map<DayOfWeek, List<OpeningHours>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, List.of(new OpeningHours(0, 1440)));
        }
        return week;
    }
}
