package io.autocrm.command.assignment;

import io.autocrm.events.agent.AgentStatus;
import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.TeamId;
import io.autocrm.events.common.TicketId;
import io.autocrm.events.ticket.Priority;
import io.autocrm.events.ticket.SkillRequirement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The engine's own tables ({@code assignment.*}): one row per ticket with what assignment needs, and when each agent
 * last got a ticket (overall and per team). Written by the {@link AssignmentLedger} from the events and by the
 * {@link AssignmentEngine} when its command succeeded (the same values the ledger will fold in); read with the
 * directory's agents, members and skills. Never the query side's read models.
 */
@Repository
class AssignmentState {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final JdbcClient jdbc;

    AssignmentState(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What the engine knows of a ticket's team and assignee. */
    record Row(TeamId teamId, AgentId assigneeId) {
    }

    void opened(TicketId ticket, long version, TeamId team, AgentId assignee, Priority priority, boolean open,
                Instant createdAt) {
        jdbc.sql("""
                INSERT INTO assignment.ticket (ticket_id, version, team_id, assignee_id, priority_rank, open, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (ticket_id) DO NOTHING""")
                .params(ticket.value(), version, id(team), id(assignee), priority.ordinal(), open,
                        Timestamp.from(createdAt)).update();
    }

    /** Sets the assignee (null: none); answers the ticket's team. */
    TeamId assign(TicketId ticket, long version, AgentId assignee) {
        return jdbc.sql("UPDATE assignment.ticket SET assignee_id = ?, version = GREATEST(version, ?) "
                        + "WHERE ticket_id = ? RETURNING team_id")
                .params(id(assignee), version, ticket.value()).query(UUID.class).optional().map(TeamId::new)
                .orElse(null);
    }

    void team(TicketId ticket, long version, TeamId team) {
        jdbc.sql("UPDATE assignment.ticket SET team_id = ?, version = GREATEST(version, ?) WHERE ticket_id = ?")
                .params(id(team), version, ticket.value()).update();
    }

    void priority(TicketId ticket, long version, Priority priority) {
        jdbc.sql("UPDATE assignment.ticket SET priority_rank = ?, version = GREATEST(version, ?) WHERE ticket_id = ?")
                .params(priority.ordinal(), version, ticket.value()).update();
    }

    /** Sets the required skills; answers the ticket's team. */
    TeamId skills(TicketId ticket, long version, List<SkillRequirement> skills) {
        return jdbc.sql("UPDATE assignment.ticket SET required_skills = CAST(? AS jsonb), version = GREATEST(version, ?) "
                        + "WHERE ticket_id = ? RETURNING team_id")
                .params(write(skills), version, ticket.value()).query(UUID.class).optional().map(TeamId::new)
                .orElse(null);
    }

    /** Sets whether the ticket is open (not solved or closed); answers its team and assignee, null for no row. */
    Row status(TicketId ticket, long version, boolean open) {
        return jdbc.sql("UPDATE assignment.ticket SET open = ?, version = GREATEST(version, ?) WHERE ticket_id = ? "
                        + "RETURNING team_id, assignee_id")
                .params(open, version, ticket.value())
                .query((rs, n) -> new Row(teamId(rs.getObject(1, UUID.class)), agentId(rs.getObject(2, UUID.class))))
                .optional().orElse(null);
    }

    /** Any other event of the ticket: only its version moves. */
    void touched(UUID ticket, long version) {
        jdbc.sql("UPDATE assignment.ticket SET version = GREATEST(version, ?) WHERE ticket_id = ?")
                .params(version, ticket).update();
    }

    /** {@code agent} got a ticket (of {@code team}, when it has one) at {@code at}. */
    void turnTaken(AgentId agent, TeamId team, Instant at) {
        jdbc.sql("""
                INSERT INTO assignment.agent_turn (agent_id, last_assigned_at) VALUES (?, ?)
                ON CONFLICT (agent_id) DO UPDATE SET last_assigned_at =
                    GREATEST(assignment.agent_turn.last_assigned_at, excluded.last_assigned_at)""")
                .params(agent.value(), Timestamp.from(at)).update();
        if (team != null) {
            jdbc.sql("""
                    INSERT INTO assignment.member_turn (team_id, agent_id, last_assigned_at) VALUES (?, ?, ?)
                    ON CONFLICT (team_id, agent_id) DO UPDATE SET last_assigned_at =
                        GREATEST(assignment.member_turn.last_assigned_at, excluded.last_assigned_at)""")
                    .params(team.value(), agent.value(), Timestamp.from(at)).update();
        }
    }

    /**
     * The turn of an assignment the engine made, from its event, where the engine's own record of it is missing (a
     * transaction of the engine's that failed after the command had committed, as with Axon Server). Where the engine
     * recorded it, the conditional update and the insert that does nothing on conflict change and lock nothing, so the
     * ledger does not deadlock with the engine's next batch, which takes those rows in another order.
     */
    void turnTakenIfMissing(AgentId agent, TeamId team, Instant at) {
        jdbc.sql("UPDATE assignment.agent_turn SET last_assigned_at = ? WHERE agent_id = ? AND last_assigned_at < ?")
                .params(Timestamp.from(at), agent.value(), Timestamp.from(at)).update();
        jdbc.sql("INSERT INTO assignment.agent_turn (agent_id, last_assigned_at) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(agent.value(), Timestamp.from(at)).update();
        if (team != null) {
            jdbc.sql("""
                    UPDATE assignment.member_turn SET last_assigned_at = ?
                     WHERE team_id = ? AND agent_id = ? AND last_assigned_at < ?""")
                    .params(Timestamp.from(at), team.value(), agent.value(), Timestamp.from(at)).update();
            jdbc.sql("""
                    INSERT INTO assignment.member_turn (team_id, agent_id, last_assigned_at) VALUES (?, ?, ?)
                    ON CONFLICT DO NOTHING""")
                    .params(team.value(), agent.value(), Timestamp.from(at)).update();
        }
    }

    /** The engine assigned the ticket: what the ledger will fold in from the event, recorded now. */
    void assignedByEngine(WaitingTicket ticket, AgentId agent, Instant at) {
        jdbc.sql("UPDATE assignment.ticket SET assignee_id = ? WHERE ticket_id = ?")
                .params(agent.value(), ticket.ticketId().value()).update();
        turnTaken(agent, ticket.teamId(), at);
    }

    Set<UUID> teamsOf(AgentId agent) {
        return new HashSet<>(jdbc.sql("SELECT team_id FROM directory.team_member WHERE agent_id = ?")
                .param(agent.value()).query(UUID.class).list());
    }

    /** The teams that have tickets waiting. */
    List<UUID> teamsWithWaitingTickets() {
        return jdbc.sql("SELECT DISTINCT team_id FROM assignment.ticket WHERE open AND assignee_id IS NULL "
                + "AND team_id IS NOT NULL").query(UUID.class).list();
    }

    /** The team's queue, in its order (urgent first, then oldest), at most {@code limit}. */
    List<WaitingTicket> waiting(UUID team, int limit) {
        return jdbc.sql("""
                SELECT ticket_id, version, priority_rank, created_at, required_skills::text FROM assignment.ticket
                WHERE team_id = ? AND open AND assignee_id IS NULL
                ORDER BY priority_rank DESC, created_at, ticket_id LIMIT ?""")
                .params(team, limit)
                .query((rs, n) -> new WaitingTicket(new TicketId(rs.getObject(1, UUID.class)), new TeamId(team),
                        rs.getLong(2), Priority.values()[rs.getInt(3)],
                        rs.getObject(4, OffsetDateTime.class).toInstant(), read(rs.getString(5)))).list();
    }

    /** The team's name and method key; null when there is no such team. */
    String[] team(UUID team) {
        return jdbc.sql("SELECT name, assignment_method FROM directory.team WHERE id = ?").param(team)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional().orElse(null);
    }

    /** The team's members, without whether they are on shift (the engine asks the calendars). */
    List<Candidate> members(UUID team) {
        Map<UUID, Map<String, Integer>> skills = new HashMap<>();
        jdbc.sql("""
                SELECT s.agent_id, s.skill_key, s.level FROM directory.agent_skill s
                JOIN directory.team_member m ON m.agent_id = s.agent_id WHERE m.team_id = ?""").param(team)
                .query((rs, n) -> skills.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashMap<>())
                        .put(rs.getString(2), rs.getInt(3))).list();
        return jdbc.sql("""
                SELECT a.id, a.name, a.active, a.status, a.capacity,
                       (SELECT count(*) FROM assignment.ticket t WHERE t.open AND t.assignee_id = a.id) AS open_tickets,
                       (SELECT last_assigned_at FROM assignment.agent_turn w WHERE w.agent_id = a.id) AS last_any,
                       (SELECT last_assigned_at FROM assignment.member_turn w WHERE w.agent_id = a.id AND w.team_id = m.team_id)
                           AS last_team
                FROM directory.team_member m JOIN directory.agent a ON a.id = m.agent_id
                WHERE m.team_id = ?""").param(team)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new Candidate(new AgentId(id), rs.getString("name"), rs.getBoolean("active"),
                            AgentStatus.fromKey(rs.getString("status")), true, rs.getInt("capacity"),
                            rs.getInt("open_tickets"), skills.getOrDefault(id, Map.of()),
                            instant(rs.getObject("last_any", OffsetDateTime.class)),
                            instant(rs.getObject("last_team", OffsetDateTime.class)));
                }).list();
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static UUID id(TeamId team) {
        return team == null ? null : team.value();
    }

    private static UUID id(AgentId agent) {
        return agent == null ? null : agent.value();
    }

    private static TeamId teamId(UUID id) {
        return id == null ? null : new TeamId(id);
    }

    private static AgentId agentId(UUID id) {
        return id == null ? null : new AgentId(id);
    }

    private static String write(List<SkillRequirement> skills) {
        return JSON.writeValueAsString(skills);
    }

    private static List<SkillRequirement> read(String json) {
        return JSON.readValue(json, new TypeReference<List<SkillRequirement>>() { });
    }
}
