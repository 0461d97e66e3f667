package io.autocrm.events.agent;

import io.autocrm.events.common.AgentId;
import org.axonframework.serialization.Revision;

/**
 * An agent set their status (or an admin did for them): {@code previous} to {@code status}. The assignment engine
 * offers work to online agents only, and looks for waiting tickets when one comes online.
 */
@Revision("1")
public record AgentStatusChangedEvent(AgentId agentId, AgentStatus status, AgentStatus previous) {
}
