package io.autocrm.command.ticket;

/** A requester not yet known, registered as a customer together with the ticket. */
public record NewRequester(String name, String email) {
}
