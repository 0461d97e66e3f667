package io.autocrm.command.ticket;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;

/** Refused: these tickets cannot be merged (code {@code merge-refused}). */
public final class MergeRefused extends DomainException {

    public MergeRefused(String detail) {
        super(ErrorCode.MERGE_REFUSED, detail);
    }
}
