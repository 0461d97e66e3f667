package io.autocrm.command.directory;

import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.DomainException;
import io.autocrm.platform.database.ConfigurationHistory;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The agents in {@code directory.agent}. */
@Repository
class Agents implements AgentDirectory {

    private static final String COLUMNS = "SELECT id, name, email, active FROM directory.agent ";
    private final JdbcClient jdbc;
    private final ConfigurationHistory history;

    Agents(JdbcClient jdbc, ConfigurationHistory history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    @Override
    public boolean exists(AgentId agentId) {
        return jdbc.sql("SELECT count(*) FROM directory.agent WHERE id = ? AND active")
                .param(agentId.value()).query(Long.class).single() > 0;
    }

    List<AgentView> all() {
        return jdbc.sql(COLUMNS + "ORDER BY lower(name), id").query(AgentView.class).list();
    }

    Optional<AgentView> find(UUID id) {
        return jdbc.sql(COLUMNS + "WHERE id = ?").param(id).query(AgentView.class).optional();
    }

    /** @throws DomainException DUPLICATE_DEFINITION when another agent has the email (ignoring case) */
    AgentView create(String name, String email) {
        AgentView agent = new AgentView(UUID.randomUUID(), name, email, true);
        try {
            history.write(() -> jdbc.sql("INSERT INTO directory.agent (id, name, email) VALUES (?, ?, ?)")
                    .params(agent.id(), name, email).update());
        } catch (DuplicateKeyException e) {
            throw new AlreadyDefined("Another agent has this email address.");
        }
        return agent;
    }

    /**
     * Renames an agent and/or takes them off or back on duty; null leaves a value as it is. An inactive agent keeps
     * their tickets but can no longer be assigned new ones; their login is managed apart (users).
     *
     * @throws DomainException NOT_FOUND for an unknown id
     */
    AgentView update(UUID id, String name, Boolean active) {
        return history.write(() -> jdbc.sql("""
                UPDATE directory.agent
                SET name = COALESCE(CAST(? AS text), name), active = COALESCE(CAST(? AS boolean), active)
                WHERE id = ?
                RETURNING id, name, email, active""")
                .params(name, active, id).query(AgentView.class).optional())
                .orElseThrow(() -> new EntryNotFound("No agent has this id."));
    }

    /** An agent as the API shows it. */
    record AgentView(UUID id, String name, String email, boolean active) {
    }
}
