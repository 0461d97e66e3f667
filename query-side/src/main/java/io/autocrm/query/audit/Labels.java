package io.autocrm.query.audit;

import io.autocrm.events.ticket.Status;
import java.util.Locale;

/** Readable names of keys: {@code on-hold} is "On-hold", a custom status shows its category too. */
final class Labels {

    private Labels() {
    }

    static String status(Status status) {
        String category = capitalise(status.category().key());
        return status.key().equals(status.category().key()) ? category
                : capitalise(status.key().replace('-', ' ')) + " (" + category + ")";
    }

    static String capitalise(String key) {
        return key.isEmpty() ? key : key.substring(0, 1).toUpperCase(Locale.ROOT) + key.substring(1);
    }
}
