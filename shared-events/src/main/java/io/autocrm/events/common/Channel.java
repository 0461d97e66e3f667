package io.autocrm.events.common;

/** The way a change reached AutoCRM. */
public enum Channel {
    WEB, EMAIL, API, CHAT, WIDGET, SYSTEM;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Channel fromKey(String key) {
        return valueOf(key.toUpperCase(java.util.Locale.ROOT));
    }
}
