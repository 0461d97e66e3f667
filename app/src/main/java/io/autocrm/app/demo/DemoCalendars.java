package io.autocrm.app.demo;

import io.autocrm.command.calendar.CalendarAdministration;
import io.autocrm.command.calendar.Holiday;
import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.CalendarId;
import io.autocrm.events.common.TeamId;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's business hours, made through the command side's {@link CalendarAdministration} under the same rules as
 * the console's: the helpdesk's default "Office hours" (Monday to Friday 09:00-17:00 in London, closed on the bank
 * holidays of England and Wales in 2026 and 2027) and a "24/7" calendar. Support and Billing are covered in office
 * hours, Engineering around the clock; Ada and Grace work office hours, Alan is on call (24/7), so routed work still
 * finds someone at night.
 */
final class DemoCalendars {

    static final String OFFICE_HOURS = "Office hours";
    static final String ALWAYS = "24/7";

    private static final List<Holiday> UK_BANK_HOLIDAYS = List.of(
            holiday("2026-01-01", "New Year's Day"), holiday("2026-04-03", "Good Friday"),
            holiday("2026-04-06", "Easter Monday"), holiday("2026-05-04", "Early May bank holiday"),
            holiday("2026-05-25", "Spring bank holiday"), holiday("2026-08-31", "Summer bank holiday"),
            holiday("2026-12-25", "Christmas Day"), holiday("2026-12-28", "Boxing Day (substitute day)"),
            holiday("2027-01-01", "New Year's Day"), holiday("2027-03-26", "Good Friday"),
            holiday("2027-03-29", "Easter Monday"), holiday("2027-05-03", "Early May bank holiday"),
            holiday("2027-05-31", "Spring bank holiday"), holiday("2027-08-30", "Summer bank holiday"),
            holiday("2027-12-27", "Christmas Day (substitute day)"), holiday("2027-12-28", "Boxing Day (substitute day)"));

    private DemoCalendars() {
    }

    static void create(CalendarAdministration calendars, DemoDirectory directory) {
        CalendarId office = calendars.createCalendar(OFFICE_HOURS, "Europe/London",
                week(List.of("monday", "tuesday", "wednesday", "thursday", "friday"), "09:00-17:00"),
                UK_BANK_HOLIDAYS, true);
        CalendarId always = calendars.createCalendar(ALWAYS, "UTC",
                week(List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
                        "00:00-24:00"), List.of(), false);
        calendars.coverTeam(new TeamId(directory.team("Support")), office);
        calendars.coverTeam(new TeamId(directory.team("Billing")), office);
        calendars.coverTeam(new TeamId(directory.team("Engineering")), always);
        calendars.scheduleAgent(new AgentId(directory.agents.get(0)), "Europe/London", office);
        calendars.scheduleAgent(new AgentId(directory.agents.get(1)), "Europe/London", office);
        calendars.scheduleAgent(new AgentId(directory.agents.get(2)), "Europe/London", always);
    }

    private static Map<String, List<String>> week(List<String> days, String hours) {
        Map<String, List<String>> week = new LinkedHashMap<>();
        days.forEach(day -> week.put(day, List.of(hours)));
        return week;
    }

    private static Holiday holiday(String date, String name) {
        return new Holiday(LocalDate.parse(date), name);
    }
}
