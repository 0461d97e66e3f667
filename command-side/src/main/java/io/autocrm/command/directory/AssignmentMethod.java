package io.autocrm.command.directory;

import java.util.Arrays;

/**
 * How the assignment engine picks the agent for a team's ticket that has none: {@link #ROUND_ROBIN} (the member longest
 * without a ticket of this team), {@link #LEAST_BUSY} (fewest open tickets; the default) or {@link #BALANCED}
 * (capacity-aware: on shift, with the ticket's required skills, lowest share of their capacity in use).
 */
public enum AssignmentMethod {
    ROUND_ROBIN("round-robin", "round robin"),
    LEAST_BUSY("least-busy", "least busy"),
    BALANCED("balanced", "balanced");

    private final String key;
    private final String label;

    AssignmentMethod(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    /** How the history names it: "Billing: least busy". */
    public String label() {
        return label;
    }

    /** @throws io.autocrm.events.common.InvalidInput for anything but round-robin, least-busy or balanced */
    public static AssignmentMethod fromKey(String key) {
        return Arrays.stream(values()).filter(method -> method.key.equals(key)).findFirst()
                .orElseThrow(() -> DefinitionRules.failed(
                        "An assignment method is one of round-robin, least-busy, balanced."));
    }
}
