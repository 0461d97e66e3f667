package io.autocrm.events.common;

import java.util.Objects;
import java.util.UUID;

/** Identifies a Team; {@code toString()} is the raw UUID. */
public record TeamId(UUID value) {

    public TeamId {
        Objects.requireNonNull(value, "value");
    }

    public static TeamId random() {
        return new TeamId(UUID.randomUUID());
    }

    public static TeamId of(String raw) {
        return new TeamId(UUID.fromString(raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
