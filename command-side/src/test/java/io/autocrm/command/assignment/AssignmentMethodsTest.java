package io.autocrm.command.assignment;

import static io.autocrm.command.directory.AssignmentMethod.BALANCED;
import static io.autocrm.command.directory.AssignmentMethod.LEAST_BUSY;
import static io.autocrm.command.directory.AssignmentMethod.ROUND_ROBIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.autocrm.events.agent.AgentStatus;
import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.TeamId;
import io.autocrm.events.common.TicketId;
import io.autocrm.events.ticket.Priority;
import io.autocrm.events.ticket.SkillRequirement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AssignmentMethodsTest {

    private static final Instant T0 = Instant.parse("2026-12-07T09:00:00Z");
    private static final TeamId TEAM = new TeamId(UUID.randomUUID());

    @Test
    void leastBusyGivesTheTicketToTheMemberWithFewestOpenTickets() {
        Candidate grace = member("Grace").open(2).build();
        Candidate alan = member("Alan").open(4).build();

        Choice choice = AssignmentMethods.choose(LEAST_BUSY, ticket(List.of()), List.of(alan, grace)).orElseThrow();

        assertThat(choice.agentId()).isEqualTo(grace.agentId());
        assertThat(choice.reason()).isEqualTo("fewest open tickets: 2; Alan has 4");
    }

    @Test
    void leastBusyBreaksATieByLongestIdle() {
        Candidate grace = member("Grace").open(3).lastAssigned(T0.minusSeconds(60)).build();
        Candidate alan = member("Alan").open(3).lastAssigned(T0.minusSeconds(3600)).build();

        Choice choice = AssignmentMethods.choose(LEAST_BUSY, ticket(List.of()), List.of(grace, alan)).orElseThrow();

        assertThat(choice.agentId()).isEqualTo(alan.agentId());
        assertThat(choice.reason()).isEqualTo("fewest open tickets: 3; Grace has as many, Alan was idle longer");
    }

    @Test
    void neverAssignedCountsAsLongestIdleAndNamesBreakTheLastTie() {
        Candidate grace = member("Grace").open(1).build();
        Candidate alan = member("Alan").open(1).build();
        Candidate ada = member("Ada").open(1).lastAssigned(T0).build();

        Choice choice = AssignmentMethods.choose(LEAST_BUSY, ticket(List.of()), List.of(grace, ada, alan))
                .orElseThrow();

        assertThat(choice.agentId()).isEqualTo(alan.agentId());
    }

    @Test
    void noMethodOffersWorkToAwayOfflineInactiveOrFullMembers() {
        List<Candidate> members = List.of(member("Away").status(AgentStatus.AWAY).build(),
                member("Offline").status(AgentStatus.OFFLINE).build(), member("Inactive").inactive().build(),
                member("Full").open(5).capacity(5).build(), member("Zero").capacity(0).build());

        for (var method : List.of(ROUND_ROBIN, LEAST_BUSY, BALANCED)) {
            assertThat(AssignmentMethods.choose(method, ticket(List.of()), members)).as(method.key()).isEmpty();
        }
    }

    @Test
    void roundRobinTakesTheMemberLongestWithoutATicketOfThisTeam() {
        Candidate grace = member("Grace").open(0).lastInTeam(T0.minusSeconds(10)).build();
        Candidate alan = member("Alan").open(9).lastInTeam(T0.minusSeconds(600)).build();
        Candidate ada = member("Ada").open(1).lastInTeam(T0.minusSeconds(60)).build();

        Choice choice = AssignmentMethods.choose(ROUND_ROBIN, ticket(List.of()), List.of(grace, alan, ada))
                .orElseThrow();

        assertThat(choice.agentId()).isEqualTo(alan.agentId());
        assertThat(choice.reason()).isEqualTo("next in rotation: longest without a ticket of this team; Ada is next");
    }

    @Test
    void roundRobinRotatesThroughNewMembersFirst() {
        Candidate grace = member("Grace").lastInTeam(T0).build();
        Candidate alan = member("Alan").build();

        Choice choice = AssignmentMethods.choose(ROUND_ROBIN, ticket(List.of()), List.of(grace, alan)).orElseThrow();

        assertThat(choice.agentId()).isEqualTo(alan.agentId());
        assertThat(choice.reason()).startsWith("next in rotation: no ticket of this team yet");
    }

    @Test
    void balancedWeighsLoadAgainstCapacity() {
        Candidate grace = member("Grace").open(3).capacity(10).build();
        Candidate alan = member("Alan").open(2).capacity(4).build();

        Choice choice = AssignmentMethods.choose(BALANCED, ticket(List.of()), List.of(alan, grace)).orElseThrow();

        assertThat(choice.agentId()).isEqualTo(grace.agentId());
        assertThat(choice.reason()).isEqualTo("lowest load: 3 of 10 open; Alan has 2 of 4");
    }

    @Test
    void balancedOffersWorkOnlyToMembersOnShiftWithTheRequiredSkillsAtTheirLevel() {
        List<SkillRequirement> billing2 = List.of(new SkillRequirement("billing", 2));
        Candidate novice = member("Novice").skill("billing", 1).build();
        Candidate offShift = member("Night").skill("billing", 3).offShift().build();
        Candidate expert = member("Expert").open(7).skill("billing", 3).build();

        Choice choice = AssignmentMethods.choose(BALANCED, ticket(billing2), List.of(novice, offShift, expert))
                .orElseThrow();

        assertThat(choice.agentId()).isEqualTo(expert.agentId());
        assertThat(choice.reason()).isEqualTo("lowest load: 7 of 10 open; has billing 2+; the only member available");
        assertThat(AssignmentMethods.choose(BALANCED, ticket(billing2), List.of(novice, offShift))).isEmpty();
    }

    @Test
    void balancedBreaksATieByLongestIdle() {
        Candidate grace = member("Grace").open(2).capacity(4).lastAssigned(T0).build();
        Candidate alan = member("Alan").open(5).capacity(10).lastAssigned(T0.minusSeconds(5)).build();

        Choice choice = AssignmentMethods.choose(BALANCED, ticket(List.of()), List.of(grace, alan)).orElseThrow();

        assertThat(choice.agentId()).isEqualTo(alan.agentId());
    }

    @Test
    void theQueueServesUrgentFirstThenTheOldest() {
        WaitingTicket oldNormal = waiting(Priority.NORMAL, T0.minusSeconds(3600));
        WaitingTicket newUrgent = waiting(Priority.URGENT, T0);
        WaitingTicket oldUrgent = waiting(Priority.URGENT, T0.minusSeconds(60));
        WaitingTicket high = waiting(Priority.HIGH, T0.minusSeconds(10));
        WaitingTicket low = waiting(Priority.LOW, T0.minusSeconds(7200));
        List<WaitingTicket> queue = new ArrayList<>(List.of(oldNormal, newUrgent, low, high, oldUrgent));

        queue.sort(WaitingTicket.QUEUE_ORDER);

        assertThat(queue).containsExactly(oldUrgent, newUrgent, high, oldNormal, low);
    }

    private static WaitingTicket ticket(List<SkillRequirement> skills) {
        return new WaitingTicket(new TicketId(UUID.randomUUID()), TEAM, 1, Priority.NORMAL, T0, skills);
    }

    private static WaitingTicket waiting(Priority priority, Instant createdAt) {
        return new WaitingTicket(new TicketId(UUID.randomUUID()), TEAM, 1, priority, createdAt, List.of());
    }

    private static MemberBuilder member(String name) {
        return new MemberBuilder(name);
    }

    /** A member who is, unless told otherwise, active, online, on shift, with capacity 10 and nothing open. */
    private static final class MemberBuilder {
        private final String name;
        private boolean active = true;
        private AgentStatus status = AgentStatus.ONLINE;
        private boolean onShift = true;
        private int capacity = 10;
        private int open;
        private final Map<String, Integer> skills = new java.util.HashMap<>();
        private Instant lastAssigned;
        private Instant lastInTeam;

        MemberBuilder(String name) {
            this.name = name;
        }

        MemberBuilder open(int count) { this.open = count; return this; }
        MemberBuilder capacity(int value) { this.capacity = value; return this; }
        MemberBuilder status(AgentStatus value) { this.status = value; return this; }
        MemberBuilder inactive() { this.active = false; return this; }
        MemberBuilder offShift() { this.onShift = false; return this; }
        MemberBuilder skill(String key, int level) { skills.put(key, level); return this; }
        MemberBuilder lastAssigned(Instant at) { this.lastAssigned = at; return this; }
        MemberBuilder lastInTeam(Instant at) { this.lastInTeam = at; return this; }

        Candidate build() {
            return new Candidate(new AgentId(UUID.randomUUID()), name, active, status, onShift, capacity, open,
                    Map.copyOf(skills), lastAssigned, lastInTeam);
        }
    }
}
