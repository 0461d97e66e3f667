package io.autocrm.command.calendar;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;

/** Refused: The calendar was changed by someone else since the version sent in If-Match (code {@code version-conflict}). */
public final class CalendarChanged extends DomainException {

    public CalendarChanged(String detail) {
        super(ErrorCode.VERSION_CONFLICT, detail);
    }
}
