package io.autocrm.events.common;

import java.util.Objects;
import java.util.UUID;

/** Identifies an attachment (a file on a message); {@code toString()} is the raw UUID. */
public record AttachmentId(UUID value) {

    public AttachmentId {
        Objects.requireNonNull(value, "value");
    }

    public static AttachmentId random() {
        return new AttachmentId(UUID.randomUUID());
    }

    public static AttachmentId of(String raw) {
        return new AttachmentId(UUID.fromString(raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
