package io.autocrm.command.directory;

import io.autocrm.events.common.TeamId;

/** Knows which teams exist. */
@FunctionalInterface
public interface TeamDirectory {

    /** Whether a team has this id. */
    boolean exists(TeamId teamId);

    /** @throws UnknownTeam when no team has this id */
    default void requireExisting(TeamId teamId) {
        if (!exists(teamId)) {
            throw new UnknownTeam("No team has id " + teamId + ".");
        }
    }
}
