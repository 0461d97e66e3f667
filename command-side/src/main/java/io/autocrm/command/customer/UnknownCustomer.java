package io.autocrm.command.customer;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;

/** Refused: No customer has an id named in the request (code {@code unknown-customer}). */
public final class UnknownCustomer extends DomainException {

    public UnknownCustomer(String detail) {
        super(ErrorCode.UNKNOWN_CUSTOMER, detail);
    }
}
