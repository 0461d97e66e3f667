package io.autocrm.command.directory;

import io.autocrm.events.common.AgentId;

/** Knows which agents exist. */
@FunctionalInterface
public interface AgentDirectory {

    /** Whether an active agent has this id. */
    boolean exists(AgentId agentId);

    /** @throws UnknownAgent when no active agent has this id */
    default void requireExisting(AgentId agentId) {
        if (!exists(agentId)) {
            throw new UnknownAgent("No active agent has id " + agentId + ".");
        }
    }
}
