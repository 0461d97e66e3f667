package io.autocrm.query.postgres;

/** Names of processing groups that more than one projection shares. */
public final class ProcessingGroups {

    /**
     * The queue row and the conversation index: one group, so a ticket's row and its messages commit together and a
     * detail read sees both at one version.
     */
    public static final String TICKETS = "tickets";

    private ProcessingGroups() {
    }
}
