package io.autocrm.command.ticket;

import io.autocrm.events.common.TeamId;

/** Assign the ticket to a team, or remove its team when {@code teamId} is null. */
public record TeamChange(TeamId teamId) {

    public static TeamChange to(TeamId teamId) {
        return new TeamChange(teamId);
    }

    public static TeamChange unassign() {
        return new TeamChange(null);
    }
}
