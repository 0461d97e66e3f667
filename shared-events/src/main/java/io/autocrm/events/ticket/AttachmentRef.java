package io.autocrm.events.ticket;

import io.autocrm.events.common.AttachmentId;
import java.util.Objects;

/**
 * A file on a message, as events record it: its id, size in bytes, content type (detected from the bytes, not taken
 * from the sender), the SHA-256 of its bytes (lower-case hex; the bytes are stored once per hash) and whether a mail
 * showed it inline (an embedded image). Its name is personal data like the message's body and lives beside it in the
 * erasable store (docs/adr/002), never in the event; so do the bytes.
 */
public record AttachmentRef(AttachmentId id, long size, String contentType, String sha256, boolean inline) {

    public AttachmentRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(sha256, "sha256");
    }
}
