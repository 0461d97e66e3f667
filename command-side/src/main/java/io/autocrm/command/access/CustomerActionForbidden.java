package io.autocrm.command.access;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;

/** Refused: A customer tried what only staff may do (code {@code customer-action-forbidden}). */
public final class CustomerActionForbidden extends DomainException {

    public CustomerActionForbidden(String detail) {
        super(ErrorCode.CUSTOMER_ACTION_FORBIDDEN, detail);
    }
}
