package io.autocrm.events.ticket;

/** Ticket priority, lowest first; {@link #ordinal()} is the sort rank. */
public enum Priority {
    LOW, NORMAL, HIGH, URGENT;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Priority fromKey(String key) {
        return valueOf(key.toUpperCase(java.util.Locale.ROOT));
    }
}
