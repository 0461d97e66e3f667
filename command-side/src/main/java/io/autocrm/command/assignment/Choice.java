package io.autocrm.command.assignment;

import io.autocrm.events.common.AgentId;

/** Whom the method chose, and why, in a short sentence for the ticket's history. */
record Choice(AgentId agentId, String name, String reason) {
}
