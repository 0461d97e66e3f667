package io.autocrm.command.customer;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;

/** Refused: The customer was erased and takes part in nothing new (code {@code customer-erased}). */
public final class CustomerErased extends DomainException {

    public CustomerErased(String detail) {
        super(ErrorCode.CUSTOMER_ERASED, detail);
    }
}
