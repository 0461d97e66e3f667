package io.autocrm.command.customer;

import io.autocrm.command.access.Memberships;
import io.autocrm.command.access.Memberships.Membership;
import io.autocrm.command.files.SubjectFiles;
import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.OrganisationId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Customers' personal data in {@code pii.customer}, and the texts and files stored under them in
 * {@code pii.ticket_content} and {@code files.attachment}.
 */
@Repository
class Customers implements CustomerProfiles, CustomerRegistry, Memberships {

    private static final String COLUMNS = "SELECT id, name, email, organisation_id, erased_at IS NOT NULL AS erased "
            + "FROM pii.customer ";
    private final JdbcClient jdbc;
    private final SubjectFiles files;

    Customers(JdbcClient jdbc, SubjectFiles files) {
        this.jdbc = jdbc;
        this.files = files;
    }

    @Override
    public void register(CustomerId customerId, String name, String email, OrganisationId organisationId) {
        try {
            jdbc.sql("INSERT INTO pii.customer (id, name, email, organisation_id) VALUES (?, ?, ?, ?)")
                    .params(customerId.value(), name, email, organisationId == null ? null : organisationId.value())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new CustomerAlreadyExists("A customer with this email already exists.");
        }
    }

    /** The UPDATE locks the customer's row first: it waits for texts in flight, and later writers see the erasure. */
    @Override
    public void erase(CustomerId customerId, Instant erasedAt) {
        jdbc.sql("UPDATE pii.customer SET name = NULL, email = NULL, erased_at = COALESCE(erased_at, ?) WHERE id = ?")
                .params(Timestamp.from(erasedAt), customerId.value()).update();
        jdbc.sql("DELETE FROM pii.ticket_content WHERE subject_id = ?").param(customerId.value()).update();
        files.eraseOf(customerId);
    }

    @Override
    public CustomerStanding standingOf(CustomerId customerId) {
        return jdbc.sql("SELECT erased_at IS NOT NULL FROM pii.customer WHERE id = ?").param(customerId.value())
                .query(Boolean.class).optional()
                .map(erased -> erased ? CustomerStanding.ERASED : CustomerStanding.ACTIVE)
                .orElse(CustomerStanding.UNKNOWN);
    }

    @Override
    public Optional<Membership> membershipOf(CustomerId customerId) {
        return jdbc.sql("""
                SELECT o.id, o.shared_tickets FROM pii.customer c JOIN directory.organisation o ON o.id = c.organisation_id
                WHERE c.id = ?""").param(customerId.value())
                .query((rs, row) -> new Membership(new OrganisationId(rs.getObject("id", UUID.class)),
                        rs.getBoolean("shared_tickets")))
                .optional();
    }

    /** The customer, their row share-locked until the transaction ends: an erasure waits for it. */
    Optional<CustomerView> findLocked(UUID id) {
        return jdbc.sql(COLUMNS + "WHERE id = ? FOR SHARE").param(id).query(CustomerView.class).optional();
    }

    Optional<CustomerView> find(UUID id) {
        return jdbc.sql(COLUMNS + "WHERE id = ?").param(id).query(CustomerView.class).optional();
    }

    /** The customer, not erased, with this email (ignoring case). */
    Optional<CustomerView> findByEmail(String email) {
        return jdbc.sql(COLUMNS + "WHERE lower(email) = lower(?) AND erased_at IS NULL").param(email.trim())
                .query(CustomerView.class).optional();
    }

    /**
     * A page of customers, oldest first, optionally narrowed by exact email, by a text found in name or email, or by
     * organisation; {@code after} is the id of the last customer of the previous page. Fetches one extra row so the
     * caller knows whether another page follows.
     */
    List<CustomerView> page(CustomerSearch search, UUID after, int limit) {
        StringBuilder where = new StringBuilder("WHERE true");
        Map<String, Object> params = new HashMap<>();
        if (search.email() != null) {
            where.append(" AND lower(email) = lower(:email)");
            params.put("email", search.email().trim());
        }
        if (search.text() != null) {
            where.append(" AND (name ILIKE :text OR email ILIKE :text)");
            params.put("text", "%" + search.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (search.organisationId() != null) {
            where.append(" AND organisation_id = :organisationId");
            params.put("organisationId", search.organisationId());
        }
        if (after != null) {
            where.append(" AND (created_at, id) > (SELECT created_at, id FROM pii.customer WHERE id = :after)");
            params.put("after", after);
        }
        params.put("limit", limit + 1);
        return jdbc.sql(COLUMNS + where + " ORDER BY created_at, id LIMIT :limit").params(params)
                .query(CustomerView.class).list();
    }

    /** What a customer listing is narrowed by; every part may be null. */
    record CustomerSearch(String email, String text, UUID organisationId) {
    }

    /** A customer as the API shows it; name and email are null once erased. */
    record CustomerView(UUID id, String name, String email, UUID organisationId, boolean erased) {
    }
}
