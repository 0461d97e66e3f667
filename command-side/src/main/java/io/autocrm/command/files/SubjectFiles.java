package io.autocrm.command.files;

import io.autocrm.events.common.CustomerId;

/** Erasure of a customer's files: those on their tickets and their pending uploads, bytes included. */
@FunctionalInterface
public interface SubjectFiles {

    /** Deletes the files in the caller's transaction; their bytes go once it commits. */
    void eraseOf(CustomerId customerId);
}
