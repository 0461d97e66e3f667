package io.autocrm.command.ticket;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;

/** Refused: No ticket has the id, or the caller may not see it (code {@code ticket-not-found}). */
public final class TicketNotFound extends DomainException {

    public TicketNotFound(String detail) {
        super(ErrorCode.TICKET_NOT_FOUND, detail);
    }
}
