package io.autocrm.command.directory;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.OrganisationId;
import io.autocrm.platform.database.ConfigurationHistory;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The customers' organisations in {@code directory.organisation}. */
@Repository
class Organisations implements OrganisationDirectory {

    private final JdbcClient jdbc;
    private final ConfigurationHistory history;

    Organisations(JdbcClient jdbc, ConfigurationHistory history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    @Override
    public boolean exists(OrganisationId organisationId) {
        return jdbc.sql("SELECT count(*) FROM directory.organisation WHERE id = ?")
                .param(organisationId.value()).query(Long.class).single() > 0;
    }

    List<OrganisationView> all() {
        return jdbc.sql("SELECT id, name, shared_tickets FROM directory.organisation ORDER BY lower(name), id")
                .query(OrganisationView.class).list();
    }

    /** @throws DomainException DUPLICATE_DEFINITION when another organisation has the name */
    OrganisationView create(String name, boolean sharedTickets) {
        OrganisationView organisation = new OrganisationView(UUID.randomUUID(), name, sharedTickets);
        try {
            history.write(() -> jdbc.sql("INSERT INTO directory.organisation (id, name, shared_tickets) VALUES (?, ?, ?)")
                    .params(organisation.id(), name, sharedTickets).update());
        } catch (DuplicateKeyException e) {
            throw new AlreadyDefined("An organisation with this name already exists.");
        }
        return organisation;
    }

    /**
     * Renames an organisation and/or changes whether its members see each other's tickets; null leaves a value as it
     * is. One statement reads and writes the row, so concurrent changes of different values all hold.
     *
     * @throws DomainException DUPLICATE_DEFINITION when another organisation has the name
     */
    Optional<OrganisationView> update(UUID id, String name, Boolean sharedTickets) {
        try {
            return history.write(() -> jdbc.sql("""
                    UPDATE directory.organisation
                    SET name = COALESCE(CAST(? AS text), name),
                        shared_tickets = COALESCE(CAST(? AS boolean), shared_tickets)
                    WHERE id = ?
                    RETURNING id, name, shared_tickets""")
                    .params(name, sharedTickets, id).query(OrganisationView.class).optional());
        } catch (DuplicateKeyException e) {
            throw new AlreadyDefined("An organisation with this name already exists.");
        }
    }

    /** An organisation as the API shows it. */
    record OrganisationView(UUID id, String name, boolean sharedTickets) {
    }
}
