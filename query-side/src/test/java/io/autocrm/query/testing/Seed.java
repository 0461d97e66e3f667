package io.autocrm.query.testing;

import io.autocrm.testsupport.ConfigurationWrites;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Writes what the command side and the directory would: personal data, agents, teams. Plain SQL. */
public final class Seed {

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    public Seed(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** Directory rows are configuration: written in a transaction that names its actor (core migration V19). */
    private void configure(java.util.function.Consumer<JdbcClient> write) {
        ConfigurationWrites.write(dataSource, write);
    }

    public Seed customer(UUID id, String name, String email) {
        jdbc.sql("INSERT INTO pii.customer (id, name, email) VALUES (:id, :name, :email)")
                .param("id", id).param("name", name).param("email", email).update();
        return this;
    }

    /** A customer who belongs to an organisation. */
    public Seed customer(UUID id, String name, String email, UUID organisationId) {
        return customer(id, name, email).joins(id, organisationId);
    }

    /** Moves a customer into an organisation. */
    public Seed joins(UUID customerId, UUID organisationId) {
        jdbc.sql("UPDATE pii.customer SET organisation_id = :org WHERE id = :id").param("org", organisationId)
                .param("id", customerId).update();
        return this;
    }

    public Seed organisation(UUID id, String name, boolean sharesTickets) {
        configure(jdbc -> jdbc.sql("INSERT INTO directory.organisation (id, name, shared_tickets) VALUES (:id, :name, :shared)")
                .param("id", id).param("name", name).param("shared", sharesTickets).update());
        return this;
    }

    public Seed sharesTickets(UUID organisationId, boolean sharesTickets) {
        configure(jdbc -> jdbc.sql("UPDATE directory.organisation SET shared_tickets = :shared WHERE id = :id")
                .param("shared", sharesTickets).param("id", organisationId).update());
        return this;
    }

    /** A text custom field definition, shown to customers or not; an existing one is updated. */
    public Seed customField(String key, boolean customerVisible) {
        configure(jdbc -> jdbc.sql("""
                INSERT INTO directory.custom_field (key, label, type, customer_visible) VALUES (:key, :key, 'text', :v)
                ON CONFLICT (key) DO UPDATE SET customer_visible = EXCLUDED.customer_visible
                """).param("key", key).param("v", customerVisible).update());
        return this;
    }

    public Seed subject(UUID ticketId, UUID requesterId, String subject) {
        return content(ticketId, ticketId, requesterId, "subject", subject);
    }

    public Seed body(UUID messageId, UUID ticketId, UUID requesterId, String body) {
        return content(messageId, ticketId, requesterId, "message", body);
    }

    public Seed agent(UUID id, String name) {
        configure(jdbc -> jdbc.sql("INSERT INTO directory.agent (id, name, email) VALUES (:id, :name, :email)").param("id", id)
                .param("name", name).param("email", id + "@agents.example").update());
        return this;
    }

    public Seed team(UUID id, String name) {
        configure(jdbc -> jdbc.sql("INSERT INTO directory.team (id, name) VALUES (:id, :name)").param("id", id).param("name", name)
                .update());
        return this;
    }

    /** Erasure as the command side performs it: name and email gone, every text of the customer deleted. */
    public Seed erase(UUID customerId) {
        jdbc.sql("UPDATE pii.customer SET name = NULL, email = NULL, erased_at = now() WHERE id = :id")
                .param("id", customerId).update();
        jdbc.sql("DELETE FROM pii.ticket_content WHERE subject_id = :id").param("id", customerId).update();
        return this;
    }

    private Seed content(UUID contentId, UUID ticketId, UUID subjectId, String kind, String body) {
        jdbc.sql("INSERT INTO pii.ticket_content (content_id, ticket_id, subject_id, kind, body) "
                        + "VALUES (:contentId, :ticketId, :subjectId, :kind, :body)").param("contentId", contentId)
                .param("ticketId", ticketId).param("subjectId", subjectId).param("kind", kind).param("body", body)
                .update();
        return this;
    }
}
