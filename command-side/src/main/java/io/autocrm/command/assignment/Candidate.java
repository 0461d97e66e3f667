package io.autocrm.command.assignment;

import io.autocrm.events.agent.AgentStatus;
import io.autocrm.events.common.AgentId;
import io.autocrm.events.ticket.SkillRequirement;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A member of the team, as assignment weighs them: on duty or not, their status, whether on shift now, their capacity
 * and open tickets, their skills (key to level), and when they last got a ticket (overall: idle time; of this team:
 * round robin's turn). Null times: never.
 */
record Candidate(AgentId agentId, String name, boolean active, AgentStatus status, boolean onShift, int capacity,
                 int openTickets, Map<String, Integer> skills, Instant lastAssignedAt, Instant lastAssignedInTeam) {

    /** Whether they may take routed work at all: on duty, online and under their capacity. */
    boolean available() {
        return active && status == AgentStatus.ONLINE && openTickets < capacity;
    }

    /** Whether they have each required skill at its level or above. */
    boolean has(List<SkillRequirement> required) {
        return required.stream().allMatch(r -> skills.getOrDefault(r.skill(), 0) >= r.level());
    }

    /** The member after taking one more ticket of this team at {@code at}. */
    Candidate took(Instant at) {
        return new Candidate(agentId, name, active, status, onShift, capacity, openTickets + 1, skills, at, at);
    }

    /** Their share of their capacity in use. */
    double load() {
        return capacity == 0 ? 1 : (double) openTickets / capacity;
    }
}
