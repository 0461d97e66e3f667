package io.autocrm.command.customer;

/** Whether a customer id names someone who can take part in tickets. */
public enum CustomerStanding {
    /** Registered and not erased. */
    ACTIVE,
    /** Registered, then erased on request. */
    ERASED,
    /** Never registered. */
    UNKNOWN
}
