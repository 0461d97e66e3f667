package io.autocrm.command.directory;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import io.autocrm.events.common.TeamId;

/** Knows which teams exist. */
@FunctionalInterface
public interface TeamDirectory {

    /** Whether a team has this id. */
    boolean exists(TeamId teamId);

    /** @throws DomainException TEAM_NOT_FOUND when no team has this id */
    default void requireExisting(TeamId teamId) {
        if (!exists(teamId)) {
            throw new DomainException(ErrorCode.TEAM_NOT_FOUND, "No team has id " + teamId + ".");
        }
    }
}
