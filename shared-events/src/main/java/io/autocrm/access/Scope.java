package io.autocrm.access;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a caller may do. API keys carry an explicit set; agents hold every scope but {@link #ADMIN}; admins hold all.
 * {@link #ADMIN} implies every other scope.
 */
public enum Scope {
    /** Read tickets: the queue, a ticket's detail, the live stream, reference data (statuses, fields, teams). */
    TICKETS_READ("tickets:read"),
    /** Create and change tickets and add messages. */
    TICKETS_WRITE("tickets:write"),
    /** Read customers, organisations, agents and users. */
    USERS_READ("users:read"),
    /** Register customers. */
    USERS_WRITE("users:write"),
    /** Read a ticket's event history, audit trail and past states. */
    EVENTS_READ("events:read"),
    /** Hand received mail (raw RFC 5322) to AutoCRM: the inbound webhook of a mail provider. */
    MAIL_INBOUND("mail:inbound"),
    /** Everything, including directory changes, users, API keys, erasure and read-model administration. */
    ADMIN("admin");

    private final String key;

    Scope(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Scope> fromKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
