package io.autocrm.command.directory;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;

/** Refused: A skill key named in the request is not in the skills catalog (code {@code unknown-skill}). */
public final class UnknownSkill extends DomainException {

    public UnknownSkill(String detail) {
        super(ErrorCode.UNKNOWN_SKILL, detail);
    }
}
