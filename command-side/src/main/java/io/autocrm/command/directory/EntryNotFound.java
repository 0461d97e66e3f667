package io.autocrm.command.directory;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;

/** Refused: The directory has no agent, status or custom field with the id or key in the path (code {@code not-found}). */
public final class EntryNotFound extends DomainException {

    public EntryNotFound(String detail) {
        super(ErrorCode.NOT_FOUND, detail);
    }
}
