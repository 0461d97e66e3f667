package io.autocrm.command.customer;

import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.DomainException;

/**
 * Registers a customer from within another aggregate's command handler, in the same unit of work and transaction:
 * a ticket opened for a new requester either creates both or neither.
 */
@FunctionalInterface
public interface CustomerRegistration {

    /**
     * Registers the customer as part of the command being handled.
     *
     * @throws DomainException VALIDATION_FAILED for a bad name or email, DUPLICATE_DEFINITION when a customer that
     *                         is not erased has the email
     */
    void register(CustomerId customerId, String name, String email);
}
