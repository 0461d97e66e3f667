package io.autocrm.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where the bytes of attachments live, one object per SHA-256 of its bytes: written once, never changed, deleted when
 * no attachment needs them any more ({@link Attachments}).
 */
public interface BlobStore {

    /** Stores {@code file}'s bytes, whose SHA-256 is {@code sha256}; storing the same bytes again is harmless. */
    void put(String sha256, Path file, long size) throws IOException;

    /** The bytes, to be closed by the reader. */
    InputStream open(String sha256) throws IOException;

    boolean exists(String sha256) throws IOException;

    /** Deletes the bytes; deleting what is not there is harmless. */
    void delete(String sha256) throws IOException;

    /** Where the bytes go, for the startup banner and the console. */
    String describe();
}
