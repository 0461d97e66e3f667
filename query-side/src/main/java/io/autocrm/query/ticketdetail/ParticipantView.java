package io.autocrm.query.ticketdetail;

/** A participant (CC) of a ticket; {@code name} and {@code email} are null once erased. */
public record ParticipantView(String id, String name, String email) {
}
