package io.autocrm.platform.files;

import io.autocrm.events.common.AttachmentId;
import io.autocrm.events.ticket.AttachmentRef;
import java.time.Instant;
import java.util.UUID;

/**
 * An attachment as stored: pending ({@code expiresAt} set, no message yet) or on {@code messageId} of
 * {@code ticketId}.
 */
public record StoredFile(AttachmentId id, String name, long size, String contentType, String sha256, boolean inline,
                         String uploadedBy, Instant expiresAt, UUID ticketId, UUID messageId) {

    public AttachmentRef ref() {
        return new AttachmentRef(id, size, contentType, sha256, inline);
    }

    public boolean pending() {
        return messageId == null;
    }
}
