package io.autocrm.command.directory;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.TeamId;
import java.util.HashMap;
import java.util.LinkedHashSet;
import io.autocrm.platform.database.ConfigurationHistory;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The teams in {@code directory.team}, with their focus, assignment method and members. */
@Repository
class Teams implements TeamDirectory {

    static final int MAX_FOCUS = 1_000;
    private static final String COLUMNS = "SELECT id, name, focus, assignment_method FROM directory.team ";
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final ConfigurationHistory history;

    Teams(JdbcClient jdbc, ApplicationEventPublisher events, ConfigurationHistory history) {
        this.jdbc = jdbc;
        this.events = events;
        this.history = history;
    }

    @Override
    public boolean exists(TeamId teamId) {
        return jdbc.sql("SELECT count(*) FROM directory.team WHERE id = ?")
                .param(teamId.value()).query(Long.class).single() > 0;
    }

    List<TeamView> all() {
        Map<UUID, List<UUID>> members = new HashMap<>();
        jdbc.sql("SELECT m.team_id, m.agent_id FROM directory.team_member m JOIN directory.agent a ON a.id = m.agent_id"
                        + " ORDER BY lower(a.name), a.id")
                .query((rs, n) -> members.computeIfAbsent(rs.getObject(1, UUID.class), k -> new java.util.ArrayList<>())
                        .add(rs.getObject(2, UUID.class))).list();
        return jdbc.sql(COLUMNS + "ORDER BY lower(name), id").query((rs, n) -> {
            UUID id = rs.getObject("id", UUID.class);
            return new TeamView(id, rs.getString("name"), rs.getString("focus"), rs.getString("assignment_method"),
                    members.getOrDefault(id, List.of()));
        }).list();
    }

    TeamView get(UUID id) {
        return all().stream().filter(team -> team.id().equals(id)).findFirst()
                .orElseThrow(() -> new EntryNotFound("No team has this id."));
    }

    /** @throws DomainException DUPLICATE_DEFINITION when another team has the name (ignoring case) */
    TeamView create(String name) {
        UUID id = UUID.randomUUID();
        try {
            history.write(() -> jdbc.sql("INSERT INTO directory.team (id, name) VALUES (?, ?)").params(id, name).update());
        } catch (DuplicateKeyException e) {
            throw new AlreadyDefined("A team with this name already exists.");
        }
        return new TeamView(id, name, "", AssignmentMethod.LEAST_BUSY.key(), List.of());
    }

    /**
     * Changes a team; null leaves a value as it is. {@code memberIds} replaces the members (active agents or not; the
     * engine assigns to active ones only). Tickets keep pointing at the team by id.
     *
     * @throws DomainException NOT_FOUND for an unknown id, DUPLICATE_DEFINITION when another team has the name,
     *                         VALIDATION_FAILED for a too long focus or an unknown method, AGENT_NOT_FOUND for an
     *                         unknown member
     */
    @Transactional
    TeamView update(UUID id, String name, String focus, AssignmentMethod method, List<UUID> memberIds) {
        if (focus != null && focus.length() > MAX_FOCUS) {
            throw DefinitionRules.failed("A team's focus has at most " + MAX_FOCUS + " characters.");
        }
        history.write(() -> {
            try {
                jdbc.sql("""
                        UPDATE directory.team SET name = COALESCE(CAST(? AS text), name),
                            focus = COALESCE(CAST(? AS text), focus),
                            assignment_method = COALESCE(CAST(? AS text), assignment_method)
                        WHERE id = ? RETURNING id""")
                        .params(name, focus == null ? null : focus.trim(), method == null ? null : method.key(), id)
                        .query(UUID.class).optional().orElseThrow(() -> new EntryNotFound("No team has this id."));
            } catch (DuplicateKeyException e) {
                throw new AlreadyDefined("A team with this name already exists.");
            }
            if (memberIds != null) {
                replaceMembers(id, memberIds);
            }
        });
        if (method != null || memberIds != null) {
            events.publishEvent(new AssignmentInputsChanged(Set.of(id)));
        }
        return get(id);
    }

    private void replaceMembers(UUID teamId, List<UUID> memberIds) {
        Set<UUID> members = new LinkedHashSet<>(memberIds);
        for (UUID member : members) {
            if (jdbc.sql("SELECT count(*) FROM directory.agent WHERE id = ?").param(member).query(Long.class)
                    .single() == 0) {
                throw new UnknownAgent("No agent has id " + member + ".");
            }
        }
        jdbc.sql("DELETE FROM directory.team_member WHERE team_id = ?").param(teamId).update();
        members.forEach(member -> jdbc.sql("INSERT INTO directory.team_member (team_id, agent_id) VALUES (?, ?)")
                .params(teamId, member).update());
    }

    /** The teams an agent is a member of. */
    Set<UUID> teamsOf(UUID agentId) {
        return new LinkedHashSet<>(jdbc.sql("SELECT team_id FROM directory.team_member WHERE agent_id = ?")
                .param(agentId).query(UUID.class).list());
    }

    /** A team as the API shows it: its focus, how its tickets are assigned, its members (agent ids, by name). */
    record TeamView(UUID id, String name, String focus,
                    @io.swagger.v3.oas.annotations.media.Schema(allowableValues = {"round-robin", "least-busy",
                            "balanced"}) String assignmentMethod, List<UUID> memberIds) {
    }
}
