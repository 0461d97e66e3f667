package io.autocrm.identity.account;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The agents ({@code directory.agent}) and not-erased customers ({@code pii.customer}) a login can belong to. */
@Repository
public class People {

    private final JdbcClient jdbc;

    People(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        return jdbc.sql("SELECT id, name, email FROM directory.agent WHERE id = ?").param(id).query(Person.class)
                .optional();
    }

    public Optional<Person> agentByEmail(String email) {
        return jdbc.sql("SELECT id, name, email FROM directory.agent WHERE lower(email) = lower(?)")
                .param(email.trim()).query(Person.class).optional();
    }

    /** Adds an agent to the directory (people an external issuer names as staff, met for the first time). */
    public Person addAgent(String name, String email) {
        Person agent = new Person(UUID.randomUUID(), name, email.trim());
        jdbc.sql("INSERT INTO directory.agent (id, name, email) VALUES (?, ?, ?)")
                .params(agent.id(), agent.name(), agent.email()).update();
        return agent;
    }

    /** An agent or customer, as far as a login needs them. */
    public record Person(UUID id, String name, String email) {
    }
}
