package io.autocrm.command.calendar;

import io.autocrm.events.common.CalendarId;
import java.util.Optional;

/** The business-hours calendars the admin defined. */
public interface BusinessCalendars {

    /** The calendar with this id; empty when there is none. */
    Optional<BusinessCalendar> find(CalendarId calendarId);

    /** The helpdesk's default business hours: the calendar marked default, else {@link BusinessCalendar#ALWAYS}. */
    BusinessCalendar helpdeskHours();
}
