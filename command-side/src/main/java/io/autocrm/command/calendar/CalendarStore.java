package io.autocrm.command.calendar;

import io.autocrm.command.calendar.BusinessCalendar.OpeningHours;
import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.CalendarId;
import io.autocrm.events.common.TeamId;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads calendars from {@code directory.business_calendar}, and agents' schedules and teams' coverage from the agent
 * and team rows.
 */
@Repository
class CalendarStore implements BusinessCalendars, Shifts {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final JdbcClient jdbc;

    CalendarStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<BusinessCalendar> find(CalendarId calendarId) {
        return jdbc.sql("SELECT time_zone, weekly_hours::text, holidays::text FROM directory.business_calendar "
                        + "WHERE id = ?").param(calendarId.value())
                .query((rs, n) -> calendar(rs.getString(1), rs.getString(2), rs.getString(3))).optional();
    }

    @Override
    public BusinessCalendar helpdeskHours() {
        return jdbc.sql("SELECT time_zone, weekly_hours::text, holidays::text FROM directory.business_calendar "
                        + "WHERE is_default").query((rs, n) -> calendar(rs.getString(1), rs.getString(2),
                        rs.getString(3))).optional().orElse(BusinessCalendar.ALWAYS);
    }

    @Override
    public boolean onShift(AgentId agent, TeamId team, Instant at) {
        return schedule(agent, team).map(calendar -> calendar.isOpen(at)).orElse(true);
    }

    @Override
    public Optional<Instant> nextShiftStart(AgentId agent, TeamId team, Instant at) {
        return schedule(agent, team).flatMap(calendar -> {
            try {
                return Optional.of(calendar.nextOpening(at));
            } catch (IllegalStateException e) {
                return Optional.empty();
            }
        });
    }

    /** The agent's own schedule, else the team's coverage; empty when neither is set. */
    private Optional<BusinessCalendar> schedule(AgentId agent, TeamId team) {
        Optional<UUID> calendar = jdbc.sql("SELECT schedule_calendar_id FROM directory.agent WHERE id = ?")
                .param(agent.value()).query(UUID.class).optional();
        if (calendar.isEmpty() && team != null) {
            calendar = jdbc.sql("SELECT coverage_calendar_id FROM directory.team WHERE id = ?")
                    .param(team.value()).query(UUID.class).optional();
        }
        return calendar.flatMap(id -> find(new CalendarId(id)));
    }

    /** A calendar from its stored form (see the V20 migration). */
    static BusinessCalendar calendar(String timeZone, String weeklyHours, String holidays) {
        Map<DayOfWeek, List<OpeningHours>> week = new EnumMap<>(DayOfWeek.class);
        JsonNode days = JSON.readTree(weeklyHours);
        for (DayOfWeek day : DayOfWeek.values()) {
            JsonNode hours = days.get(day.name().toLowerCase(Locale.ROOT));
            if (hours != null && hours.isArray() && !hours.isEmpty()) {
                week.put(day, hours.valueStream().map(h -> OpeningHours.parse(h.asString())).toList());
            }
        }
        Set<LocalDate> closed = new HashSet<>();
        JSON.readTree(holidays).valueStream().forEach(h -> closed.add(LocalDate.parse(h.get("date").asString())));
        return new BusinessCalendar(ZoneId.of(timeZone), week, closed);
    }
}
