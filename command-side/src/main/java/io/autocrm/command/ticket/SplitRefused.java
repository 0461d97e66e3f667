package io.autocrm.command.ticket;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;

/** Refused: these messages cannot be split off the ticket (code {@code split-refused}). */
public final class SplitRefused extends DomainException {

    public SplitRefused(String detail) {
        super(ErrorCode.SPLIT_REFUSED, detail);
    }
}
