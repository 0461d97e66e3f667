package io.autocrm.command.customer;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;

/** Refused: A customer with this email exists already (code {@code duplicate-definition}). */
public final class CustomerAlreadyExists extends DomainException {

    public CustomerAlreadyExists(String detail) {
        super(ErrorCode.DUPLICATE_DEFINITION, detail);
    }
}
