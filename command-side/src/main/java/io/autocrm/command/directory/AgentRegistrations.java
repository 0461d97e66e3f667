package io.autocrm.command.directory;

import io.autocrm.events.common.EmailAddress;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The directory's {@link AgentRegistry}. Not a scanned component: the application registers it in every run role,
 * since identity needs it wherever people sign in, also on nodes that run no command side.
 */
public final class AgentRegistrations implements AgentRegistry {

    private final JdbcClient jdbc;

    public AgentRegistrations(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        jdbc.sql("INSERT INTO directory.agent (id, name, email) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(UUID.randomUUID(), name, address.value()).update();
        return findByEmail(address.value()).orElseThrow();
    }
}
