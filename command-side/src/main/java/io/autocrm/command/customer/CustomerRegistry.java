package io.autocrm.command.customer;

import io.autocrm.events.common.CustomerId;

/** Knows which customers exist and which were erased. */
@FunctionalInterface
public interface CustomerRegistry {

    CustomerStanding standingOf(CustomerId customerId);

    /**
     * For a customer a request names (requester, author): refuses an unknown or erased one.
     *
     * @throws UnknownCustomer for an unknown customer; CustomerErased for an erased one
     */
    default void requireActive(CustomerId customerId) {
        switch (standingOf(customerId)) {
            case ACTIVE -> { }
            case ERASED -> throw new CustomerErased("Customer " + customerId + " was erased.");
            case UNKNOWN -> throw new UnknownCustomer("No customer has id " + customerId + ".");
        }
    }
}
