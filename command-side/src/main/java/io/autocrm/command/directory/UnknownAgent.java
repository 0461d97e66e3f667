package io.autocrm.command.directory;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;

/** Refused: No active agent has an id named in the request (code {@code agent-not-found}, kept for clients). */
public final class UnknownAgent extends DomainException {

    public UnknownAgent(String detail) {
        super(ErrorCode.AGENT_NOT_FOUND, detail);
    }
}
