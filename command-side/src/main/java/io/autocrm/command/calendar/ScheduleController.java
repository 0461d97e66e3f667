package io.autocrm.command.calendar;

import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.CalendarId;
import io.autocrm.events.common.TeamId;
import io.autocrm.command.directory.EntryNotFound;
import io.autocrm.platform.web.RequestIds;
import io.autocrm.platform.web.StrictJson;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who works when: agents' time zones and working schedules ({@code /api/v1/agents/{id}/schedule}) and teams' coverage
 * hours ({@code /api/v1/teams/{id}/coverage}), sub-resources of the directory's agents and teams kept apart from
 * their other properties; and all of them at once for the console ({@code /api/v1/calendars/schedules}).
 */
@RestController
class ScheduleController {

    private final Calendars calendars;
    private final CalendarAdministrator administrator;

    ScheduleController(Calendars calendars, CalendarAdministrator administrator) {
        this.calendars = calendars;
        this.administrator = administrator;
    }

    /**
     * An agent's time zone and working schedule; null (or absent) clears one.
     *
     * @param timeZone           an IANA time zone id
     * @param scheduleCalendarId the calendar of their working hours
     */
    record AgentScheduleRequest(@Size(max = 100) String timeZone, String scheduleCalendarId) implements StrictJson {
    }

    /** A team's coverage hours; null (or absent) clears them. */
    record TeamCoverageRequest(String coverageCalendarId) implements StrictJson {
    }

    @GetMapping("/api/v1/calendars/schedules")
    @Operation(summary = "Every agent's time zone and working schedule and every team's coverage hours")
    Schedules schedules() {
        return new Schedules(calendars.agentSchedules(), calendars.teamCoverage());
    }

    @GetMapping("/api/v1/agents/{id}/schedule")
    @Operation(summary = "An agent's time zone and working schedule")
    Schedules.AgentSchedule agentSchedule(@PathVariable AgentId id) {
        return calendars.agentSchedule(id).orElseThrow(() -> new EntryNotFound("No agent has this id."));
    }

    @PutMapping("/api/v1/agents/{id}/schedule")
    @Operation(summary = "Set an agent's time zone and working schedule (a calendar); null clears either")
    Schedules.AgentSchedule scheduleAgent(@PathVariable AgentId id, @Valid @RequestBody AgentScheduleRequest request) {
        administrator.scheduleAgent(id, request.timeZone(),
                RequestIds.optional(request.scheduleCalendarId(), "scheduleCalendarId", CalendarId::new));
        return agentSchedule(id);
    }

    @GetMapping("/api/v1/teams/{id}/coverage")
    @Operation(summary = "A team's coverage hours")
    Schedules.TeamCoverage teamCoverage(@PathVariable TeamId id) {
        return calendars.teamCoverage(id).orElseThrow(() -> new EntryNotFound("No team has this id."));
    }

    @PutMapping("/api/v1/teams/{id}/coverage")
    @Operation(summary = "Set a team's coverage hours (a calendar); null clears them")
    Schedules.TeamCoverage coverTeam(@PathVariable TeamId id, @Valid @RequestBody TeamCoverageRequest request) {
        administrator.coverTeam(id,
                RequestIds.optional(request.coverageCalendarId(), "coverageCalendarId", CalendarId::new));
        return teamCoverage(id);
    }
}
