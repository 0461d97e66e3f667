package io.autocrm.command.assignment;

import io.autocrm.command.calendar.Shifts;
import io.autocrm.command.directory.AssignmentInputsChanged;
import io.autocrm.command.directory.AssignmentMethod;
import io.autocrm.command.ticket.AssigneeChange;
import io.autocrm.command.ticket.UpdateTicketCommand;
import io.autocrm.events.common.ActorType;
import io.autocrm.events.common.Channel;
import io.autocrm.events.common.MetadataKeys;
import io.autocrm.events.common.TeamId;
import io.autocrm.events.common.TicketId;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives waiting tickets to team members. Woken with the teams that may have work to give (by the
 * {@link AssignmentLedger} after its transaction commits, by admins' changes to teams and agents, and every minute by
 * the {@link AssignmentSweep}), it works on one team at a time on one thread. A batch of up to {@value #BATCH}
 * assignments is one transaction that holds the team's PostgreSQL advisory lock (so two nodes never decide for one
 * team at once, and never both fill the same agent's last free place), decides from the engine's own state, and sends
 * for each ticket an {@link UpdateTicketCommand} that expects the ticket's version the engine knows: when anyone
 * changed the ticket meanwhile, the command is refused, the batch undone and decided again without that ticket, which
 * is looked at again once the engine has caught up.
 */
@Component
public class AssignmentEngine {

    /** At most this many tickets of a team are looked at in one batch of decisions. */
    static final int QUEUE_WINDOW = 200;
    /** At most this many assignments in one transaction (one hold of the team's lock), unless configured otherwise. */
    static final int BATCH = 10;
    private static final Logger log = LoggerFactory.getLogger(AssignmentEngine.class);

    private final AssignmentState state;
    private final Shifts shifts;
    private final CommandGateway commands;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final int batch;
    private final Set<UUID> pending = ConcurrentHashMap.newKeySet();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("assignment-engine").daemon().factory());

    /**
     * @param distributedCommands whether commands go through Axon Server: each is then handled and committed in a
     *                            transaction of its own, so a batch could not be undone as one; the engine decides one
     *                            ticket per transaction there
     */
    AssignmentEngine(AssignmentState state, Shifts shifts, CommandGateway commands,
                     PlatformTransactionManager transactionManager, JdbcClient jdbc,
                     @Value("${axon.axonserver.enabled:false}") boolean distributedCommands) {
        this.batch = distributedCommands ? 1 : BATCH;
        this.state = state;
        this.shifts = shifts;
        this.commands = commands;
        this.transactions = new TransactionTemplate(transactionManager);
        this.jdbc = jdbc;
        this.clock = Clock.systemUTC();
    }

    /** Looks at these teams' queues soon, on the engine's thread. */
    public void wake(Collection<UUID> teams) {
        if (pending.addAll(teams)) {
            try {
                worker.execute(this::drain);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                log.debug("Assignment engine stopped; {} teams left for the next sweep", teams.size());
            }
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AssignmentInputsChanged change) {
        wake(change.teamIds());
    }

    /** Looks at every team that has tickets waiting, now, on the calling thread (the sweep's). */
    void sweep() {
        state.teamsWithWaitingTickets().forEach(this::assignWaiting);
    }

    private void drain() {
        for (UUID team : List.copyOf(pending)) {
            pending.remove(team);
            try {
                assignWaiting(team);
            } catch (RuntimeException e) {
                log.warn("Assignment for team {} failed; the sweep tries again", team, e);
            }
        }
    }

    /** Assigns what it can of the team's queue, oldest-first by priority; answers how many tickets it assigned. */
    public int assignWaiting(UUID team) {
        Set<TicketId> skipped = new HashSet<>();
        int assigned = 0;
        while (true) {
            TicketId[] attempted = new TicketId[1];
            try {
                Integer done = transactions.execute(status -> assignBatch(team, skipped, attempted));
                if (done == null || done == 0) {
                    return assigned;
                }
                assigned += done;
            } catch (RuntimeException e) {
                if (attempted[0] == null) {
                    throw e;
                }
                log.debug("Ticket {} was not assigned ({}); it is looked at again later", attempted[0], e.toString());
                skipped.add(attempted[0]);
            }
        }
    }

    /**
     * Up to {@link #BATCH} decisions (one with Axon Server) for the team in one transaction under its lock: the members and the queue are
     * read once, and each assignment updates the members as the database now has them (one more open ticket, their
     * turn taken). A ticket someone changed meanwhile is refused; then the whole batch is undone (Axon rolls back the
     * transaction's connection when a command fails, releasing the lock with it, so nothing after that may run in it),
     * and the next batch decides again without that ticket, which is looked at again later.
     */
    private int assignBatch(UUID team, Set<TicketId> skipped, TicketId[] attempted) {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(lockKey(team)).query(Object.class).single();
        String[] teamRow = state.team(team);
        if (teamRow == null) {
            return 0;
        }
        AssignmentMethod method = AssignmentMethod.fromKey(teamRow[1]);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<Candidate> members = new ArrayList<>(onShift(state.members(team), team, method, now));
        int assigned = 0;
        for (WaitingTicket ticket : state.waiting(team, QUEUE_WINDOW).stream().sorted(WaitingTicket.QUEUE_ORDER).toList()) {
            if (assigned == batch) {
                break;
            }
            if (skipped.contains(ticket.ticketId())) {
                continue;
            }
            Optional<Choice> choice = AssignmentMethods.choose(method, ticket, members);
            if (choice.isEmpty()) {
                continue;
            }
            // Each turn strictly after the one before (the database keeps microseconds), so rotation and idle time
            // order the members of one batch as they would across batches.
            Instant at = now.plus(assigned, ChronoUnit.MICROS);
            attempted[0] = ticket.ticketId();
            send(ticket, choice.get(), teamRow[0] + ": " + method.label(), at);
            state.assignedByEngine(ticket, choice.get().agentId(), at);
            attempted[0] = null;
            members.replaceAll(member -> member.agentId().equals(choice.get().agentId()) ? member.took(at) : member);
            assigned++;
        }
        return assigned;
    }

    /** Whether each member is on shift now; only balanced asks (the other methods do not weigh shifts). */
    private List<Candidate> onShift(List<Candidate> members, UUID team, AssignmentMethod method, Instant now) {
        if (method != AssignmentMethod.BALANCED) {
            return members;
        }
        return members.stream().map(c -> new Candidate(c.agentId(), c.name(), c.active(), c.status(),
                shifts.onShift(c.agentId(), new TeamId(team), now), c.capacity(), c.openTickets(), c.skills(),
                c.lastAssignedAt(), c.lastAssignedInTeam())).toList();
    }

    private void send(WaitingTicket ticket, Choice choice, String causeName, Instant at) {
        UpdateTicketCommand command = UpdateTicketCommand.builder(ticket.ticketId(), ticket.version())
                .assignee(AssigneeChange.to(choice.agentId())).build();
        MetaData metaData = MetaData.from(Map.ofEntries(
                Map.entry(MetadataKeys.ACTOR_TYPE, ActorType.SYSTEM.key()),
                Map.entry(MetadataKeys.ACTOR_ID, "system"),
                Map.entry(MetadataKeys.ACTOR_ROLE, "system"),
                Map.entry(MetadataKeys.CHANNEL, Channel.SYSTEM.key()),
                Map.entry(MetadataKeys.CORRELATION_ID, UUID.randomUUID().toString()),
                Map.entry(MetadataKeys.CAUSE_TYPE, MetadataKeys.CAUSE_ASSIGNMENT),
                Map.entry(MetadataKeys.CAUSE_ID, ticket.teamId().toString()),
                Map.entry(MetadataKeys.CAUSE_NAME, causeName),
                Map.entry(MetadataKeys.CAUSE_REASON, choice.reason()),
                Map.entry(MetadataKeys.ASSIGNED_AT, at.toString())));
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
        log.debug("Assigned ticket {} to {} ({}: {})", ticket.ticketId(), choice.name(), causeName, choice.reason());
    }

    private static long lockKey(UUID team) {
        return team.getMostSignificantBits() ^ team.getLeastSignificantBits();
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
