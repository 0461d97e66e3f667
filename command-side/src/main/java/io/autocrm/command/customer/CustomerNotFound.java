package io.autocrm.command.customer;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;

/** Refused: No customer has the id in the path (code {@code customer-not-found}). */
public final class CustomerNotFound extends DomainException {

    public CustomerNotFound(String detail) {
        super(ErrorCode.CUSTOMER_NOT_FOUND, detail);
    }
}
