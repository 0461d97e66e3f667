package io.autocrm.command.directory;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;

/** Refused: No team has an id named in the request (code {@code team-not-found}, kept for clients). */
public final class UnknownTeam extends DomainException {

    public UnknownTeam(String detail) {
        super(ErrorCode.TEAM_NOT_FOUND, detail);
    }
}
