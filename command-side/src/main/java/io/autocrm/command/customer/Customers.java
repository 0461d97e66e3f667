package io.autocrm.command.customer;

import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import io.autocrm.events.common.OrganisationId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Customers' personal data in {@code pii.customer}, and the texts stored under them in {@code pii.ticket_content}. */
@Repository
class Customers implements CustomerProfiles, CustomerRegistry {

    private static final String COLUMNS = "SELECT id, name, email, organisation_id, erased_at IS NOT NULL AS erased "
            + "FROM pii.customer ";
    private final JdbcClient jdbc;

    Customers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void register(CustomerId customerId, String name, String email, OrganisationId organisationId) {
        try {
            jdbc.sql("INSERT INTO pii.customer (id, name, email, organisation_id) VALUES (?, ?, ?, ?)")
                    .params(customerId.value(), name, email, organisationId == null ? null : organisationId.value())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new DomainException(ErrorCode.DUPLICATE_DEFINITION, "A customer with this email already exists.");
        }
    }

    @Override
    public void erase(CustomerId customerId, Instant erasedAt) {
        jdbc.sql("UPDATE pii.customer SET name = NULL, email = NULL, erased_at = ? WHERE id = ?")
                .params(Timestamp.from(erasedAt), customerId.value()).update();
        jdbc.sql("DELETE FROM pii.ticket_content WHERE subject_id = ?").param(customerId.value()).update();
    }

    @Override
    public CustomerStanding standingOf(CustomerId customerId) {
        return jdbc.sql("SELECT erased_at IS NOT NULL FROM pii.customer WHERE id = ?").param(customerId.value())
                .query(Boolean.class).optional()
                .map(erased -> erased ? CustomerStanding.ERASED : CustomerStanding.ACTIVE)
                .orElse(CustomerStanding.UNKNOWN);
    }

    Optional<CustomerView> find(UUID id) {
        return jdbc.sql(COLUMNS + "WHERE id = ?").param(id).query(CustomerView.class).optional();
    }

    /** The customer, not erased, with this email (ignoring case). */
    Optional<CustomerView> findByEmail(String email) {
        return jdbc.sql(COLUMNS + "WHERE lower(email) = lower(?) AND erased_at IS NULL").param(email.trim())
                .query(CustomerView.class).optional();
    }

    List<CustomerView> findAllByEmail(String email) {
        return findByEmail(email).stream().toList();
    }

    /** A customer as the API shows it; name and email are null once erased. */
    record CustomerView(UUID id, String name, String email, UUID organisationId, boolean erased) {
    }
}
