package io.autocrm.command.directory;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;

/** Refused: No organisation has the id in the path (code {@code organisation-not-found}). */
public final class OrganisationNotFound extends DomainException {

    public OrganisationNotFound(String detail) {
        super(ErrorCode.ORGANISATION_NOT_FOUND, detail);
    }
}
