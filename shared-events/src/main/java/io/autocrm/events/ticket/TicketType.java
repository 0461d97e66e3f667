package io.autocrm.events.ticket;

/** What kind of request a ticket is. */
public enum TicketType {
    QUESTION, INCIDENT, PROBLEM, TASK;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static TicketType fromKey(String key) {
        return valueOf(key.toUpperCase(java.util.Locale.ROOT));
    }
}
