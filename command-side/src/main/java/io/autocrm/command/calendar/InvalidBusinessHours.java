package io.autocrm.command.calendar;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;

/** Refused: Weekly hours or holidays are malformed, overlap, or leave no open day (code {@code invalid-business-hours}). */
public final class InvalidBusinessHours extends DomainException {

    public InvalidBusinessHours(String detail) {
        super(ErrorCode.INVALID_BUSINESS_HOURS, detail);
    }
}
