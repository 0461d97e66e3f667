package io.autocrm.query.web;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import java.util.UUID;

/** Ticket ids in request paths: a path naming no ticket, malformed or unknown, is {@code ticket-not-found}. */
public final class TicketIds {

    private TicketIds() {
    }

    public static UUID parse(String raw) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw new DomainException(ErrorCode.TICKET_NOT_FOUND, "No ticket has the id '" + Params.shorten(raw)
                    + "'.");
        }
    }

    public static DomainException notFound(UUID ticketId) {
        return new DomainException(ErrorCode.TICKET_NOT_FOUND, "No ticket has the id " + ticketId + ".");
    }
}
