package io.autocrm.access;

import java.util.Locale;

/** The role of a signed-in person. An admin is also an agent. */
public enum Role {
    CUSTOMER, AGENT, ADMIN;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromKey(String key) {
        return valueOf(key.trim().toUpperCase(Locale.ROOT));
    }

    /** True for agents and admins: the people who work tickets. */
    public boolean isStaff() {
        return this != CUSTOMER;
    }
}
