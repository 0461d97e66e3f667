package io.autocrm.query.ticketdetail;

/** Another ticket a ticket points at: its id and number. */
public record TicketRef(String id, long number) {
}
