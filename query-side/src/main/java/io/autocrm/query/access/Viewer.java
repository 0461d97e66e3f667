package io.autocrm.query.access;

import io.autocrm.access.Caller;
import io.autocrm.access.CustomerVisibility;
import java.util.UUID;

/**
 * Whose eyes a read is for. Staff (agents, admins) and API keys see every ticket whole ({@link #STAFF}); a customer
 * sees only the tickets they requested or, when their organisation shares tickets, those its members requested, and
 * only in the customer view. Travels inside queries, so a query handler on another node judges by the same rule.
 *
 * @param customerId           the customer reading; null for staff
 * @param sharedOrganisationId the customer's organisation when it shares tickets among its members, else null
 */
public record Viewer(UUID customerId, UUID sharedOrganisationId) {

    /** Agents, admins, API keys and the system: every ticket, every field. */
    public static final Viewer STAFF = new Viewer(null, null);

    public Viewer {
        if (sharedOrganisationId != null && customerId == null) {
            throw new IllegalArgumentException("only a customer has a shared organisation");
        }
    }

    public static Viewer of(Caller caller) {
        if (!caller.isCustomer()) {
            return STAFF;
        }
        return new Viewer(caller.customerId().value(),
                caller.sharedOrganisation() == null ? null : caller.sharedOrganisation().value());
    }

    public boolean isCustomer() {
        return customerId != null;
    }

    /**
     * Whether this viewer may see a ticket requested by {@code requesterId}, who belongs to
     * {@code requesterOrganisationId} (null when none). Staff see every ticket.
     */
    public boolean maySee(UUID requesterId, UUID requesterOrganisationId) {
        return !isCustomer()
                || CustomerVisibility.maySee(customerId, sharedOrganisationId, requesterId, requesterOrganisationId);
    }
}
