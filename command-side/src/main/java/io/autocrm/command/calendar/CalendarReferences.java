package io.autocrm.command.calendar;

import io.autocrm.events.common.CalendarId;
import java.util.List;

/**
 * Who uses a calendar, so that it is not deleted from under them. The directory's agents (working schedules) and teams
 * (coverage) are one implementation ({@link Calendars}); SLA policies that measure in a calendar's business hours are
 * to declare theirs as another bean of this type: a delete asks every one.
 */
public interface CalendarReferences {

    /** What uses {@code calendar}, each as a short phrase for the refusal ("2 agents' schedules"); empty when nothing. */
    List<String> usesOf(CalendarId calendar);
}
