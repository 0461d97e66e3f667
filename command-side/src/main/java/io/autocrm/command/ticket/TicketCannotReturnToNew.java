package io.autocrm.command.ticket;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;

/** Refused: A ticket that left new never returns to a new status (code {@code ticket-cannot-return-to-new}). */
public final class TicketCannotReturnToNew extends DomainException {

    public TicketCannotReturnToNew(String detail) {
        super(ErrorCode.TICKET_CANNOT_RETURN_TO_NEW, detail);
    }
}
