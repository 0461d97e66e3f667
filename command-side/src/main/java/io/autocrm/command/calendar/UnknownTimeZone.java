package io.autocrm.command.calendar;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;

/** Refused: A time zone is not an IANA time zone id such as Europe/London (code {@code unknown-time-zone}). */
public final class UnknownTimeZone extends DomainException {

    public UnknownTimeZone(String detail) {
        super(ErrorCode.UNKNOWN_TIME_ZONE, detail);
    }
}
