package io.autocrm.command.calendar;

import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.CalendarId;
import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.TeamId;
import java.util.List;
import java.util.Map;

/**
 * What an administrator does with calendars, offered to the modules outside the command side (the demo's seed), so
 * that the same rules hold as for {@code /api/v1/calendars} and only the command side writes the directory.
 */
public interface CalendarAdministration {

    /**
     * A calendar.
     *
     * @param weeklyHours per day ({@code monday} … {@code sunday}) its {@code HH:mm-HH:mm} ranges
     * @throws DomainException UNKNOWN_TIME_ZONE, INVALID_BUSINESS_HOURS, DUPLICATE_DEFINITION (name taken)
     */
    CalendarId createCalendar(String name, String timeZone, Map<String, List<String>> weeklyHours,
                              List<Holiday> holidays, boolean isDefault);

    /**
     * An agent's time zone and working schedule (null: none).
     *
     * @throws DomainException NOT_FOUND (agent), UNKNOWN_CALENDAR, UNKNOWN_TIME_ZONE
     */
    void scheduleAgent(AgentId agent, String timeZone, CalendarId schedule);

    /**
     * A team's coverage hours (null: none).
     *
     * @throws DomainException NOT_FOUND (team), UNKNOWN_CALENDAR
     */
    void coverTeam(TeamId team, CalendarId coverage);
}
