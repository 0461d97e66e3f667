package io.autocrm.command.ticket;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;

/** Refused: the ticket is not merged into another, there is no merge to undo (code {@code ticket-not-merged}). */
public final class TicketNotMerged extends DomainException {

    public TicketNotMerged(String detail) {
        super(ErrorCode.TICKET_NOT_MERGED, detail);
    }
}
