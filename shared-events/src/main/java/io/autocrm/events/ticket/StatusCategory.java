package io.autocrm.events.ticket;

/** The fixed lifecycle categories every status, built-in or custom, maps onto (Zendesk's model). */
public enum StatusCategory {
    NEW, OPEN, PENDING, ON_HOLD, SOLVED, CLOSED;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static StatusCategory fromKey(String key) {
        return valueOf(key.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }

    /** A customer message on a ticket in this category reopens it. */
    public boolean reopensOnCustomerMessage() {
        return this == PENDING || this == ON_HOLD || this == SOLVED;
    }
}
