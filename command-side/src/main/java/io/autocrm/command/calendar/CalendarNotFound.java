package io.autocrm.command.calendar;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;

/** Refused: No calendar has the id in the path (code {@code calendar-not-found}). */
public final class CalendarNotFound extends DomainException {

    public CalendarNotFound(String detail) {
        super(ErrorCode.CALENDAR_NOT_FOUND, detail);
    }
}
