package io.autocrm.events.ticket;

import java.util.Objects;

/**
 * A ticket status: its key (a built-in category key, or an admin-defined custom status) and the category it maps to.
 * Events carry both, so readers never need the status definitions to interpret history.
 */
public record Status(String key, StatusCategory category) {

    public Status {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(category, "category");
    }

    /** The built-in status of a category, whose key is the category's key. */
    public static Status builtIn(StatusCategory category) {
        return new Status(category.key(), category);
    }
}
