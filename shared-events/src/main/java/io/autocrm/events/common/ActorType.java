package io.autocrm.events.common;

/** Who made a change: a signed-in user (agent or admin), a customer, an integration's API key, or AutoCRM itself. */
public enum ActorType {
    USER, CUSTOMER, API_KEY, SYSTEM;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ActorType fromKey(String key) {
        return valueOf(key.toUpperCase(java.util.Locale.ROOT));
    }
}
