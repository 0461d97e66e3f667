package io.autocrm.identity.account;

import io.autocrm.command.directory.AgentRegistry;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The agents (through the command side's {@link AgentRegistry}) and not-erased customers ({@code pii.customer}) a login
 * can belong to.
 */
@Repository
public class People {

    private final JdbcClient jdbc;
    private final AgentRegistry agents;

    People(JdbcClient jdbc, AgentRegistry agents) {
        this.jdbc = jdbc;
        this.agents = agents;
    }

    public Optional<Person> customer(UUID id) {
        return jdbc.sql("SELECT id, name, email FROM pii.customer WHERE id = ? AND erased_at IS NULL").param(id)
                .query(Person.class).optional();
    }

    public Optional<Person> customerByEmail(String email) {
        return jdbc.sql("SELECT id, name, email FROM pii.customer WHERE lower(email) = lower(?) AND erased_at IS NULL")
                .param(email.trim()).query(Person.class).optional();
    }

    public Optional<Person> agent(UUID id) {
        return agents.find(id).map(People::person);
    }

    public Optional<Person> agentByEmail(String email) {
        return agents.findByEmail(email).map(People::person);
    }

    /**
     * The agent with this email, registered in the directory when there is none (people an external issuer names as
     * staff, met for the first time).
     */
    public Person agentFor(String name, String email) {
        return person(agents.findOrRegister(name, email));
    }

    private static Person person(AgentRegistry.Agent agent) {
        return new Person(agent.id(), agent.name(), agent.email());
    }

    /** An agent or customer, as far as a login needs them. */
    public record Person(UUID id, String name, String email) {
    }
}
