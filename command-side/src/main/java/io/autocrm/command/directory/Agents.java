package io.autocrm.command.directory;

import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.DomainException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import io.autocrm.platform.database.ConfigurationHistory;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The agents in {@code directory.agent}, with their skills, capacity and status. */
@Repository
class Agents implements AgentDirectory {

    static final int MAX_CAPACITY = 1_000;
    private static final String COLUMNS = "SELECT id, name, email, active, capacity, status, status_since "
            + "FROM directory.agent ";
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final ConfigurationHistory history;

    Agents(JdbcClient jdbc, ApplicationEventPublisher events, ConfigurationHistory history) {
        this.jdbc = jdbc;
        this.events = events;
        this.history = history;
    }

    @Override
    public boolean exists(AgentId agentId) {
        return jdbc.sql("SELECT count(*) FROM directory.agent WHERE id = ? AND active")
                .param(agentId.value()).query(Long.class).single() > 0;
    }

    List<AgentView> all() {
        Map<UUID, List<AgentSkill>> skills = skills(null);
        return jdbc.sql(COLUMNS + "ORDER BY lower(name), id").query((rs, n) -> view(rs, skills)).list();
    }

    Optional<AgentView> find(UUID id) {
        Map<UUID, List<AgentSkill>> skills = skills(id);
        return jdbc.sql(COLUMNS + "WHERE id = ?").param(id).query((rs, n) -> view(rs, skills)).optional();
    }

    /** @throws DomainException DUPLICATE_DEFINITION when another agent has the email (ignoring case) */
    AgentView create(String name, String email) {
        UUID id = UUID.randomUUID();
        try {
            history.write(() -> jdbc.sql("INSERT INTO directory.agent (id, name, email) VALUES (?, ?, ?)")
                    .params(id, name, email).update());
        } catch (DuplicateKeyException e) {
            throw new AlreadyDefined("Another agent has this email address.");
        }
        return find(id).orElseThrow();
    }

    /**
     * Renames an agent, takes them off or back on duty, sets their capacity or replaces their skills; null leaves a
     * value as it is. An inactive agent keeps their tickets but can no longer be assigned new ones; their login is
     * managed apart (users).
     *
     * @throws DomainException NOT_FOUND for an unknown id, VALIDATION_FAILED for a capacity outside 0-1000 or a skill
     *                         named twice or at a level outside 1-3, UNKNOWN_SKILL for a skill not in the catalog
     */
    @Transactional
    AgentView update(UUID id, String name, Boolean active, Integer capacity, List<AgentSkill> skills) {
        if (capacity != null && (capacity < 0 || capacity > MAX_CAPACITY)) {
            throw DefinitionRules.failed("An agent's capacity is a whole number of open tickets from 0 to "
                    + MAX_CAPACITY + ".");
        }
        history.write(() -> {
            jdbc.sql("""
                    UPDATE directory.agent
                    SET name = COALESCE(CAST(? AS text), name), active = COALESCE(CAST(? AS boolean), active),
                        capacity = COALESCE(CAST(? AS int), capacity)
                    WHERE id = ?
                    RETURNING id""")
                    .params(name, active, capacity, id).query(UUID.class).optional()
                    .orElseThrow(() -> new EntryNotFound("No agent has this id."));
            if (skills != null) {
                replaceSkills(id, skills);
            }
        });
        if (active != null || capacity != null || skills != null) {
            events.publishEvent(new AssignmentInputsChanged(teamsOf(id)));
        }
        return find(id).orElseThrow();
    }

    private void replaceSkills(UUID agentId, List<AgentSkill> skills) {
        Set<String> seen = new HashSet<>();
        for (AgentSkill skill : skills) {
            if (skill.level() < 1 || skill.level() > 3) {
                throw DefinitionRules.failed("Skill levels are 1 (basic), 2 (good) or 3 (expert); '" + skill.skill()
                        + "' has " + skill.level() + ".");
            }
            if (!seen.add(skill.skill())) {
                throw DefinitionRules.failed("The skill '" + skill.skill() + "' is named twice.");
            }
            if (jdbc.sql("SELECT count(*) FROM directory.skill WHERE key = ?").param(skill.skill()).query(Long.class)
                    .single() == 0) {
                throw new UnknownSkill("No skill has the key '" + skill.skill() + "'; define it first.");
            }
        }
        jdbc.sql("DELETE FROM directory.agent_skill WHERE agent_id = ?").param(agentId).update();
        skills.forEach(skill -> jdbc.sql("INSERT INTO directory.agent_skill (agent_id, skill_key, level) VALUES (?, ?, ?)")
                .params(agentId, skill.skill(), skill.level()).update());
    }

    Set<UUID> teamsOf(UUID agentId) {
        return new HashSet<>(jdbc.sql("SELECT team_id FROM directory.team_member WHERE agent_id = ?").param(agentId)
                .query(UUID.class).list());
    }

    private Map<UUID, List<AgentSkill>> skills(UUID agentId) {
        Map<UUID, List<AgentSkill>> skills = new HashMap<>();
        jdbc.sql("SELECT agent_id, skill_key, level FROM directory.agent_skill "
                        + "WHERE CAST(? AS uuid) IS NULL OR agent_id = ? ORDER BY skill_key")
                .params(agentId, agentId)
                .query((rs, n) -> skills.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(new AgentSkill(rs.getString(2), rs.getInt(3)))).list();
        return skills;
    }

    private static AgentView view(ResultSet rs, Map<UUID, List<AgentSkill>> skills) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new AgentView(id, rs.getString("name"), rs.getString("email"), rs.getBoolean("active"),
                rs.getInt("capacity"), rs.getString("status"),
                rs.getObject("status_since", java.time.OffsetDateTime.class).toInstant(),
                skills.getOrDefault(id, List.of()));
    }

    /** A skill an agent has, at a level: 1 (basic), 2 (good), 3 (expert). */
    record AgentSkill(String skill, int level) {
    }

    /**
     * An agent as the API shows it: whether on duty, how many open tickets of their own the engine gives them at most,
     * their status (online, away, offline) and since when, and their skills.
     */
    record AgentView(UUID id, String name, String email, boolean active, int capacity,
                     @io.swagger.v3.oas.annotations.media.Schema(allowableValues = {"online", "away", "offline"})
                     String status, Instant statusSince, List<AgentSkill> skills) {
    }
}
