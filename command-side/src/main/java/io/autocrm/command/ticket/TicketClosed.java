package io.autocrm.command.ticket;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;

/** Refused: A closed ticket cannot change (code {@code ticket-closed}). */
public final class TicketClosed extends DomainException {

    public TicketClosed(String detail) {
        super(ErrorCode.TICKET_CLOSED, detail);
    }
}
