package io.autocrm.command.calendar;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.autocrm.command.calendar.BusinessCalendar.OpeningHours;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.stream.Collectors;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A calendar as the API shows it.
 *
 * @param weeklyHours every day from {@code monday} to {@code sunday}, with its opening hours in order (empty: closed)
 * @param holidays    by date
 * @param version     counts the calendar's changes (created = 1); its ETag, and what {@code If-Match} sends back
 * @param agents      how many agents work on it (their working schedule)
 * @param teams       how many teams have it as their coverage hours
 */
public record CalendarDefinition(UUID id, String name, String timeZone, Map<String, List<String>> weeklyHours,
                                 List<Holiday> holidays, @JsonProperty("isDefault") boolean isDefault, long version,
                                 int agents, int teams, Instant updatedAt) {

    /** The calculus this calendar stands for. */
    BusinessCalendar calendar() {
        Map<DayOfWeek, List<OpeningHours>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, weeklyHours.getOrDefault(CalendarDraft.dayName(day), List.of()).stream()
                    .map(OpeningHours::parse).toList());
        }
        return new BusinessCalendar(ZoneId.of(timeZone), week,
                holidays.stream().map(Holiday::date).collect(Collectors.toSet()));
    }
}
