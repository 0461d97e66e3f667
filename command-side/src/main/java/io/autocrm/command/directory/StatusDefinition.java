package io.autocrm.command.directory;

import io.autocrm.events.ticket.Status;
import io.autocrm.events.ticket.StatusCategory;

/** A ticket status as defined in the directory: built-in (key = category key) or admin-defined. */
public record StatusDefinition(String key, String label, StatusCategory category, boolean builtIn, boolean active,
                               int position) {

    /** The value recorded in events. */
    public Status status() {
        return new Status(key, category);
    }
}
