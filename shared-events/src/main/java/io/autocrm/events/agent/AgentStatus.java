package io.autocrm.events.agent;

import java.util.Locale;

/** Whether an agent takes routed work: only {@link #ONLINE} agents do; away and offline ones receive none. */
public enum AgentStatus {
    ONLINE, AWAY, OFFLINE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for anything but online, away or offline */
    public static AgentStatus fromKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
