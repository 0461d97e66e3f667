package io.autocrm.command.directory;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;

/** Refused: No organisation has an id named in the request (code {@code unknown-organisation}). */
public final class UnknownOrganisation extends DomainException {

    public UnknownOrganisation(String detail) {
        super(ErrorCode.UNKNOWN_ORGANISATION, detail);
    }
}
