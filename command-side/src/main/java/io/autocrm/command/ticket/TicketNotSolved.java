package io.autocrm.command.ticket;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;

/** Refused: Only a solved ticket can be closed (code {@code ticket-not-solved}). */
public final class TicketNotSolved extends DomainException {

    public TicketNotSolved(String detail) {
        super(ErrorCode.TICKET_NOT_SOLVED, detail);
    }
}
