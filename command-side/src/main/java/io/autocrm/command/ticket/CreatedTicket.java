package io.autocrm.command.ticket;

/** The answer to creating a ticket: its id, human number and API version. */
public record CreatedTicket(String id, long number, long version) {
}
