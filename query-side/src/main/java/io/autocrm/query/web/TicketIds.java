package io.autocrm.query.web;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import java.util.UUID;

/** A ticket id that names no ticket (unknown, or one the caller may not see) is {@code ticket-not-found}. */
public final class TicketIds {

    private TicketIds() {
    }

    public static DomainException notFound(UUID ticketId) {
        return new DomainException(ErrorCode.TICKET_NOT_FOUND, "No ticket has the id " + ticketId + ".");
    }
}
