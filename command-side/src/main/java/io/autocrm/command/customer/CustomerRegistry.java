package io.autocrm.command.customer;

import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;

/** Knows which customers exist and which were erased. */
@FunctionalInterface
public interface CustomerRegistry {

    CustomerStanding standingOf(CustomerId customerId);

    /**
     * For a customer a request names (requester, author): refuses an unknown or erased one.
     *
     * @throws DomainException UNKNOWN_CUSTOMER for an unknown customer, CUSTOMER_ERASED for an erased one
     */
    default void requireActive(CustomerId customerId) {
        switch (standingOf(customerId)) {
            case ACTIVE -> { }
            case ERASED -> throw new DomainException(ErrorCode.CUSTOMER_ERASED,
                    "Customer " + customerId + " was erased.");
            case UNKNOWN -> throw new DomainException(ErrorCode.UNKNOWN_CUSTOMER,
                    "No customer has id " + customerId + ".");
        }
    }
}
