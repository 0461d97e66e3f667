package io.autocrm.app.axon;

import static org.assertj.core.api.Assertions.assertThat;

import io.autocrm.app.support.AppTest;
import io.autocrm.command.calendar.BusinessCalendar;
import io.autocrm.command.calendar.BusinessCalendars;
import io.autocrm.command.calendar.Shifts;
import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.CalendarId;
import io.autocrm.events.common.TeamId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import io.autocrm.testsupport.ConfigurationWrites;
import javax.sql.DataSource;

/** Calendars are read from their rows; an agent's schedule wins over a team's coverage; no schedule is always on. */
@AppTest
class BusinessCalendarsTest {

    @Autowired
    BusinessCalendars calendars;
    @Autowired
    Shifts shifts;
    @Autowired
    DataSource dataSource;

    @Test
    void readsCalendarsAndShifts() {
        CalendarId berlin = calendar("Berlin office", "Europe/Berlin", "{\"monday\": [\"09:00-17:00\"]}",
                "[{\"date\": \"2026-12-28\", \"name\": \"Bridge day\"}]");
        CalendarId nights = calendar("Night desk", "UTC", "{\"monday\": [\"00:00-06:00\"]}", "[]");
        BusinessCalendar read = calendars.find(berlin).orElseThrow();
        Instant mondayMorning = Instant.parse("2026-12-07T08:30:00Z");
        assertThat(read.isOpen(mondayMorning)).isTrue();
        assertThat(read.isOpen(Instant.parse("2026-12-28T08:30:00Z"))).as("holiday").isFalse();
        assertThat(calendars.find(CalendarId.random())).isEmpty();

        AgentId agent = new AgentId(UUID.randomUUID());
        TeamId team = new TeamId(UUID.randomUUID());
        ConfigurationWrites.write(dataSource, fixture -> {
            fixture.sql("INSERT INTO directory.agent (id, name, email) VALUES (?, 'Shift Worker', ?)")
                    .params(agent.value(), agent + "@shifts.example").update();
            fixture.sql("INSERT INTO directory.team (id, name, coverage_calendar_id) VALUES (?, ?, ?)")
                    .params(team.value(), "Team " + team, nights.value()).update();
        });
        assertThat(shifts.onShift(agent, null, mondayMorning)).as("no schedule: always").isTrue();
        assertThat(shifts.onShift(agent, team, mondayMorning)).as("the team's coverage").isFalse();
        assertThat(shifts.nextShiftStart(agent, team, mondayMorning)).contains(Instant.parse("2026-12-14T00:00:00Z"));
        ConfigurationWrites.write(dataSource, fixture -> fixture.sql(
                "UPDATE directory.agent SET schedule_calendar_id = ? WHERE id = ?").params(berlin.value(), agent.value())
                .update());
        assertThat(shifts.onShift(agent, team, mondayMorning)).as("the agent's own schedule wins").isTrue();
    }

    private CalendarId calendar(String name, String zone, String week, String holidays) {
        CalendarId id = CalendarId.random();
        ConfigurationWrites.write(dataSource, fixture -> fixture.sql(
                "INSERT INTO directory.business_calendar (id, name, time_zone, weekly_hours, holidays) "
                        + "VALUES (?, ?, ?, ?::jsonb, ?::jsonb)").params(id.value(), name + " " + id, zone, week, holidays)
                .update());
        return id;
    }
}
