package io.autocrm.events.common;

import java.util.Objects;
import java.util.UUID;

/** Identifies a Agent; {@code toString()} is the raw UUID. */
public record AgentId(UUID value) {

    public AgentId {
        Objects.requireNonNull(value, "value");
    }

    public static AgentId random() {
        return new AgentId(UUID.randomUUID());
    }

    public static AgentId of(String raw) {
        return new AgentId(UUID.fromString(raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
