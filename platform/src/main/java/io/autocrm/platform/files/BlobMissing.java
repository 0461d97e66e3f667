package io.autocrm.platform.files;

import java.io.IOException;

/** The store has no bytes for a hash the database names: they were lost outside AutoCRM. */
public final class BlobMissing extends IOException {

    BlobMissing(String sha256) {
        super("The file store has no bytes for " + sha256 + ".");
    }
}
