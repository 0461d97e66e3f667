package io.autocrm.command.calendar;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;

/** Refused: The calendar is used (by agents, teams, SLA policies) or is the helpdesk's default, so it cannot be deleted (code {@code calendar-in-use}). */
public final class CalendarInUse extends DomainException {

    public CalendarInUse(String detail) {
        super(ErrorCode.CALENDAR_IN_USE, detail);
    }
}
