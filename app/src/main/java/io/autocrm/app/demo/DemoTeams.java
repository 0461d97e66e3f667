package io.autocrm.app.demo;

import io.autocrm.access.Caller;
import io.autocrm.command.directory.AgentStatuses;
import io.autocrm.command.directory.AssignmentMethod;
import io.autocrm.command.directory.DirectoryAdministration;
import io.autocrm.events.agent.AgentStatus;
import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.TeamId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The demo's teams at work: a skills catalog, the agents' skills and capacities, each team's focus and members with
 * least busy as its method (the PRD's default), and Grace and Alan online, so a new ticket in a team is assigned at
 * once; Ada (the admin) is away. Made after the story is told, so the engine never races the seed's own changes.
 */
final class DemoTeams {

    private DemoTeams() {
    }

    static void staff(DirectoryAdministration directory, AgentStatuses statuses, DemoDirectory demo) {
        directory.defineSkill("billing", "Billing and refunds");
        directory.defineSkill("technical", "Technical troubleshooting");
        directory.defineSkill("spanish", "Spanish");
        directory.defineSkill("escalation", "Escalations: outages and VIP customers");
        UUID ada = demo.agents.get(0);
        UUID grace = demo.agents.get(1);
        UUID alan = demo.agents.get(2);
        directory.equipAgent(ada, 10, Map.of("technical", 3));
        directory.equipAgent(grace, 15, Map.of("technical", 3, "billing", 2, "escalation", 2));
        directory.equipAgent(alan, 15, Map.of("billing", 3, "technical", 2, "spanish", 1));
        staff(directory, demo, "Support", "First line: questions, how-tos and anything not yet sorted",
                List.of(ada, grace, alan));
        staff(directory, demo, "Billing", "Invoices, refunds, plans and payment methods", List.of(grace, alan));
        staff(directory, demo, "Engineering", "Bugs, outages and API questions that need a developer",
                List.of(grace, alan));
        statuses.set(new AgentId(grace), AgentStatus.ONLINE, Caller.SYSTEM);
        statuses.set(new AgentId(alan), AgentStatus.ONLINE, Caller.SYSTEM);
        statuses.set(new AgentId(ada), AgentStatus.AWAY, Caller.SYSTEM);
    }

    private static void staff(DirectoryAdministration directory, DemoDirectory demo, String team, String focus,
                              List<UUID> members) {
        directory.staffTeam(new TeamId(demo.team(team)), focus, AssignmentMethod.LEAST_BUSY, members);
    }
}
