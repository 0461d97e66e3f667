package io.autocrm.command.ticket;

import io.autocrm.events.common.AgentId;

/** Assign the ticket to an agent, or unassign it when {@code assigneeId} is null. */
public record AssigneeChange(AgentId assigneeId) {

    public static AssigneeChange to(AgentId agentId) {
        return new AssigneeChange(agentId);
    }

    public static AssigneeChange unassign() {
        return new AssigneeChange(null);
    }
}
