package io.autocrm.command.calendar;

import java.util.List;
import java.util.UUID;

/**
 * Who works when: every agent's time zone and working schedule, every team's coverage hours.
 *
 * @param agents by name
 * @param teams  by name
 */
record Schedules(List<AgentSchedule> agents, List<TeamCoverage> teams) {

    /**
     * An agent's time zone (null: the helpdesk's) and working schedule (null: none, so the coverage of the team the
     * work is for applies, else always on shift).
     */
    record AgentSchedule(UUID id, String name, boolean active, String timeZone, UUID scheduleCalendarId) {
    }

    /** A team's coverage hours (null: none). */
    record TeamCoverage(UUID id, String name, UUID coverageCalendarId) {
    }
}
