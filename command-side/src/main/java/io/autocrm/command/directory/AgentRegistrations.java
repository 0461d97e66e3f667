package io.autocrm.command.directory;

import io.autocrm.events.common.EmailAddress;
import io.autocrm.platform.database.ConfigurationHistory;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The directory's {@link AgentRegistry}. Not a scanned component: the application registers it in every run role,
 * since identity needs it wherever people sign in, also on nodes that run no command side.
 */
public final class AgentRegistrations implements AgentRegistry {

    private final JdbcClient jdbc;
    private final ConfigurationHistory history;

    public AgentRegistrations(JdbcClient jdbc, ConfigurationHistory history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    @Override
    public Optional<Agent> find(UUID id) {
        return jdbc.sql("SELECT id, name, email FROM directory.agent WHERE id = ?").param(id).query(Agent.class)
                .optional();
    }

    @Override
    public Optional<Agent> findByEmail(String email) {
        return jdbc.sql("SELECT id, name, email FROM directory.agent WHERE lower(email) = lower(?)")
                .param(email.trim()).query(Agent.class).optional();
    }

    @Override
    public Agent findOrRegister(String name, String email) {
        EmailAddress address = EmailAddress.parse(email, "An agent's email");
        history.write(() -> jdbc.sql("INSERT INTO directory.agent (id, name, email) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(UUID.randomUUID(), name, address.value()).update());
        return findByEmail(address.value()).orElseThrow();
    }
}
