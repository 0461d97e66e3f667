package io.autocrm.events.ticket;

/** What happened to an SLA target's clock. */
public enum SlaClockChange {
    /** The target began (its due time computed from here). */
    STARTED,
    /** The ticket entered a status the clock does not run in. */
    PAUSED,
    /** The ticket returned to a status the clock runs in; the due time moved by the pause. */
    RESUMED
}
