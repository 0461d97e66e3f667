package io.autocrm.command.calendar;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;

/** Refused: A calendar named in a request body (a schedule, a coverage) does not exist (code {@code unknown-calendar}). */
public final class UnknownCalendar extends DomainException {

    public UnknownCalendar(String detail) {
        super(ErrorCode.UNKNOWN_CALENDAR, detail);
    }
}
