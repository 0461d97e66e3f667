package io.autocrm.command.directory;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;

/** Refused: No status has the key (code {@code unknown-status}). */
public final class UnknownStatus extends DomainException {

    public UnknownStatus(String detail) {
        super(ErrorCode.UNKNOWN_STATUS, detail);
    }
}
