package io.autocrm.events.common;

import java.util.Objects;
import java.util.UUID;

/** Identifies a Ticket; {@code toString()} is the raw UUID. */
public record TicketId(UUID value) {

    public TicketId {
        Objects.requireNonNull(value, "value");
    }

    public static TicketId random() {
        return new TicketId(UUID.randomUUID());
    }

    public static TicketId of(String raw) {
        return new TicketId(UUID.fromString(raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
