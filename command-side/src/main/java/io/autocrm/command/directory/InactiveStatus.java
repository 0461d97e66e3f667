package io.autocrm.command.directory;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;

/** Refused: The status exists but is no longer in use (code {@code inactive-status}). */
public final class InactiveStatus extends DomainException {

    public InactiveStatus(String detail) {
        super(ErrorCode.INACTIVE_STATUS, detail);
    }
}
