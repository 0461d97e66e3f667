package io.autocrm.command.directory;

import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;

/** Knows which agents exist. */
@FunctionalInterface
public interface AgentDirectory {

    /** Whether an active agent has this id. */
    boolean exists(AgentId agentId);

    /** @throws DomainException AGENT_NOT_FOUND when no active agent has this id */
    default void requireExisting(AgentId agentId) {
        if (!exists(agentId)) {
            throw new DomainException(ErrorCode.AGENT_NOT_FOUND, "No active agent has id " + agentId + ".");
        }
    }
}
