package io.autocrm.command.directory;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;

/** Refused: An agent, team, organisation, status or custom field with this name, email or key exists already (code {@code duplicate-definition}). */
public final class AlreadyDefined extends DomainException {

    public AlreadyDefined(String detail) {
        super(ErrorCode.DUPLICATE_DEFINITION, detail);
    }
}
