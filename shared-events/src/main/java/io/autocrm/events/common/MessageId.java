package io.autocrm.events.common;

import java.util.Objects;
import java.util.UUID;

/** Identifies a Message; {@code toString()} is the raw UUID. */
public record MessageId(UUID value) {

    public MessageId {
        Objects.requireNonNull(value, "value");
    }

    public static MessageId random() {
        return new MessageId(UUID.randomUUID());
    }

    public static MessageId of(String raw) {
        return new MessageId(UUID.fromString(raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
