package io.autocrm.events.common;

import java.util.Objects;
import java.util.UUID;

/** Identifies a Customer; {@code toString()} is the raw UUID. */
public record CustomerId(UUID value) {

    public CustomerId {
        Objects.requireNonNull(value, "value");
    }

    public static CustomerId random() {
        return new CustomerId(UUID.randomUUID());
    }

    public static CustomerId of(String raw) {
        return new CustomerId(UUID.fromString(raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
