package io.autocrm.events.common;

import java.util.Objects;
import java.util.UUID;

/** Identifies a side conversation (a thread with third parties about a ticket); {@code toString()} is the raw UUID. */
public record SideConversationId(UUID value) {

    public SideConversationId {
        Objects.requireNonNull(value, "value");
    }

    public static SideConversationId random() {
        return new SideConversationId(UUID.randomUUID());
    }

    public static SideConversationId of(String raw) {
        return new SideConversationId(UUID.fromString(raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
