package io.autocrm.command.files;

import io.autocrm.platform.files.StoredFile;
import java.time.Instant;

/**
 * A pending upload: put it on a message by naming {@code id} in the message's {@code attachmentIds} before
 * {@code expiresAt}. {@code contentType} is detected from the bytes; {@code sha256} is the hash of the bytes.
 */
public record Upload(String id, String name, long size, String contentType, String sha256, Instant expiresAt) {

    static Upload of(StoredFile file) {
        return new Upload(file.id().toString(), file.name(), file.size(), file.contentType(), file.sha256(),
                file.expiresAt());
    }
}
