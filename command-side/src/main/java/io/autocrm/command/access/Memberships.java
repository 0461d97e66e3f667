package io.autocrm.command.access;

import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.OrganisationId;
import java.util.Optional;

/** Knows which organisation a customer belongs to, and whether its members see each other's tickets. */
@FunctionalInterface
public interface Memberships {

    /** The organisation of the customer; empty for a customer in none (or no customer at all). */
    Optional<Membership> membershipOf(CustomerId customerId);

    /** A customer's organisation; {@code sharesTickets}: its members see each other's tickets. */
    record Membership(OrganisationId organisationId, boolean sharesTickets) {
    }
}
