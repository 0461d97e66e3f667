package io.autocrm.command.assignment;

import io.autocrm.events.agent.AgentStatus;
import io.autocrm.events.agent.AgentStatusChangedEvent;
import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.TeamId;
import io.autocrm.events.ticket.Status;
import io.autocrm.events.ticket.StatusCategory;
import io.autocrm.events.common.MetadataKeys;
import io.autocrm.events.ticket.TicketAssignedEvent;
import io.autocrm.events.ticket.TicketCreatedEvent;
import io.autocrm.events.ticket.TicketPriorityChangedEvent;
import io.autocrm.events.ticket.TicketSkillsRequiredEvent;
import io.autocrm.events.ticket.TicketStatusChangedEvent;
import io.autocrm.events.ticket.TicketTeamAssignedEvent;
import io.autocrm.events.ticket.TicketTeamUnassignedEvent;
import io.autocrm.events.ticket.TicketUnassignedEvent;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

/**
 * The engine's processor: folds the tickets' events (and agents' status changes) into the engine's own tables
 * ({@link AssignmentState}) in the transaction that advances its token, and once that commits tells the
 * {@link AssignmentEngine} which teams may have work to give: a ticket entered a team's queue, an agent came online,
 * or someone has room again (a ticket of theirs solved, closed or taken from them).
 */
@Component
@ProcessingGroup(AssignmentLedger.PROCESSING_GROUP)
class AssignmentLedger {

    static final String PROCESSING_GROUP = "assignment";
    private final AssignmentState state;
    private final AssignmentEngine engine;

    AssignmentLedger(AssignmentState state, AssignmentEngine engine) {
        this.state = state;
        this.engine = engine;
    }

    @EventHandler
    void on(TicketCreatedEvent e, @SequenceNumber long seq, @Timestamp Instant at) {
        state.opened(e.ticketId(), seq, e.teamId(), e.assigneeId(), e.priority(), open(e.status()), at);
        if (e.assigneeId() != null) {
            state.turnTaken(e.assigneeId(), e.teamId(), at);
        }
        wakeTeam(e.teamId());
    }

    @EventHandler
    void on(TicketAssignedEvent e, @SequenceNumber long seq, @Timestamp Instant at,
            org.axonframework.eventhandling.EventMessage<?> message) {
        TeamId team = state.assign(e.ticketId(), seq, e.assigneeId());
        // The engine recorded its own assignments' turns in their transaction: only a missing record is made good.
        Object assignedAt = message.getMetaData().get(MetadataKeys.ASSIGNED_AT);
        if (MetadataKeys.CAUSE_ASSIGNMENT.equals(message.getMetaData().get(MetadataKeys.CAUSE_TYPE))
                && assignedAt != null) {
            state.turnTakenIfMissing(e.assigneeId(), team, Instant.parse(assignedAt.toString()));
        } else {
            state.turnTaken(e.assigneeId(), team, at);
        }
        wakeTeamsOf(e.previousAssigneeId());
    }

    @EventHandler
    void on(TicketUnassignedEvent e, @SequenceNumber long seq) {
        wakeTeam(state.assign(e.ticketId(), seq, null));
        wakeTeamsOf(e.previousAssigneeId());
    }

    @EventHandler
    void on(TicketTeamAssignedEvent e, @SequenceNumber long seq) {
        state.team(e.ticketId(), seq, e.teamId());
        wakeTeam(e.teamId());
    }

    @EventHandler
    void on(TicketTeamUnassignedEvent e, @SequenceNumber long seq) {
        state.team(e.ticketId(), seq, null);
    }

    @EventHandler
    void on(TicketPriorityChangedEvent e, @SequenceNumber long seq) {
        state.priority(e.ticketId(), seq, e.priority());
    }

    @EventHandler
    void on(TicketSkillsRequiredEvent e, @SequenceNumber long seq) {
        wakeTeam(state.skills(e.ticketId(), seq, e.skills()));
    }

    @EventHandler
    void on(TicketStatusChangedEvent e, @SequenceNumber long seq) {
        AssignmentState.Row row = state.status(e.ticketId(), seq, open(e.status()));
        if (row != null && open(e.previousStatus()) != open(e.status())) {
            // Closing frees the assignee's capacity; reopening puts an unassigned ticket back in the queue.
            wakeTeamsOf(row.assigneeId());
            wakeTeam(row.teamId());
        }
    }

    @EventHandler
    void on(AgentStatusChangedEvent e) {
        if (e.status() == AgentStatus.ONLINE) {
            wakeTeamsOf(e.agentId());
        }
    }

    /** Every ticket event also advances the row's version: the engine's command expects the latest. */
    @EventHandler
    void on(Object other, @SequenceNumber Long seq, org.axonframework.eventhandling.EventMessage<?> message) {
        if (message instanceof org.axonframework.eventhandling.DomainEventMessage<?> domain
                && domain.getType() != null
                && (domain.getType().equals("Ticket") || domain.getType().endsWith(".Ticket"))) {
            state.touched(UUID.fromString(domain.getAggregateIdentifier()), seq);
        }
    }

    private static boolean open(Status status) {
        return status.category() != StatusCategory.SOLVED && status.category() != StatusCategory.CLOSED;
    }

    private void wakeTeam(TeamId team) {
        if (team != null) {
            afterCommit(Set.of(team.value()));
        }
    }

    private void wakeTeamsOf(AgentId agent) {
        if (agent != null) {
            afterCommit(state.teamsOf(agent));
        }
    }

    private void afterCommit(Set<UUID> teams) {
        if (teams.isEmpty()) {
            return;
        }
        if (!CurrentUnitOfWork.isStarted()) {
            engine.wake(teams);
            return;
        }
        Set<UUID> pending = CurrentUnitOfWork.get().root().getOrComputeResource("assignment.wake",
                key -> {
                    Set<UUID> collected = new HashSet<>();
                    CurrentUnitOfWork.get().root().afterCommit(u -> engine.wake(collected));
                    return collected;
                });
        pending.addAll(teams);
    }
}
