package io.autocrm.command.customer;

import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.OrganisationId;
import java.time.Instant;

/** Writes customers' personal data (in the command's transaction). */
interface CustomerProfiles {

    /** @throws DomainException DUPLICATE_DEFINITION when a customer that is not erased has the email (any case) */
    void register(CustomerId customerId, String name, String email, OrganisationId organisationId);

    /**
     * Forgets the customer's name and email, marks them erased at {@code erasedAt} and deletes every ticket text
     * stored under them. Repeatable: each call deletes again. Waits for writers of the customer's texts that are in
     * flight (they hold the customer's row), so none of their texts escapes the deletion.
     */
    void erase(CustomerId customerId, Instant erasedAt);
}
