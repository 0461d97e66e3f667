package io.autocrm.command.access;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;

/** Refused: An agent named another agent as a message's author (code {@code forbidden}). */
public final class AuthorNotTheCaller extends DomainException {

    public AuthorNotTheCaller(String detail) {
        super(ErrorCode.FORBIDDEN, detail);
    }
}
