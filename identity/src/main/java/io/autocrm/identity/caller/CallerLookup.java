package io.autocrm.identity.caller;

import io.autocrm.access.Caller;
import io.autocrm.access.Role;
import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.OrganisationId;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns a signed-in person's user id into a {@link Caller}, on every request: the role is the account's current one,
 * and a disabled account, an erased customer or a deactivated agent is nobody. A customer whose organisation shares
 * tickets carries that organisation.
 */
@Component
public class CallerLookup {

    private final JdbcClient jdbc;

    CallerLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Caller> person(UUID userId) {
        return jdbc.sql("""
                        SELECT u.role, c.id AS customer_id, o.id AS shared_organisation
                        FROM identity.user_account u
                        LEFT JOIN pii.customer c ON u.role = 'customer' AND c.id = u.id AND c.erased_at IS NULL
                        LEFT JOIN directory.organisation o ON o.id = c.organisation_id AND o.shared_tickets
                        LEFT JOIN directory.agent a ON u.role <> 'customer' AND a.id = u.id AND a.active
                        WHERE u.id = ? AND u.enabled AND (c.id IS NOT NULL OR a.id IS NOT NULL)""")
                .param(userId)
                .query((rs, row) -> {
                    Role role = Role.fromKey(rs.getString("role"));
                    if (role != Role.CUSTOMER) {
                        return Caller.staff(userId, role);
                    }
                    UUID organisation = rs.getObject("shared_organisation", UUID.class);
                    return Caller.customer(new CustomerId(userId),
                            organisation == null ? null : new OrganisationId(organisation));
                })
                .optional();
    }
}
