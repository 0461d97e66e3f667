package io.autocrm.events.ticket;

import java.util.List;
import java.util.Locale;

/**
 * The service-level metrics a policy can set targets for (Zendesk's). Each names the statuses its clock runs in by
 * default; a policy may choose others ({@link SlaTarget#runsIn()}). A clock never runs in solved or closed.
 */
public enum SlaMetric {
    /** From creation to the first agent reply. Runs in every unsolved status (Zendesk never pauses it). */
    FIRST_REPLY_TIME(Kind.REPLY, StatusCategory.NEW, StatusCategory.OPEN, StatusCategory.PENDING,
            StatusCategory.ON_HOLD),
    /** From the oldest unanswered customer message (after the first reply) to the next agent reply. */
    NEXT_REPLY_TIME(Kind.REPLY, StatusCategory.NEW, StatusCategory.OPEN, StatusCategory.PENDING,
            StatusCategory.ON_HOLD),
    /** From one agent reply to the next, whatever the status. */
    PERIODIC_UPDATE(Kind.UPDATE, StatusCategory.NEW, StatusCategory.OPEN, StatusCategory.PENDING,
            StatusCategory.ON_HOLD),
    /** From one agent reply to the next, paused while pending. */
    PAUSABLE_UPDATE(Kind.UPDATE, StatusCategory.NEW, StatusCategory.OPEN, StatusCategory.ON_HOLD),
    /** Time the requester waits: new, open and on-hold, until solved. */
    REQUESTER_WAIT_TIME(Kind.RESOLUTION, StatusCategory.NEW, StatusCategory.OPEN, StatusCategory.ON_HOLD),
    /** Time agents work on it: new and open, until solved. */
    AGENT_WORK_TIME(Kind.RESOLUTION, StatusCategory.NEW, StatusCategory.OPEN),
    /** From creation until solved, in every unsolved status. */
    TOTAL_RESOLUTION_TIME(Kind.RESOLUTION, StatusCategory.NEW, StatusCategory.OPEN, StatusCategory.PENDING,
            StatusCategory.ON_HOLD);

    /** What starts and fulfils a metric's target. */
    public enum Kind {
        /** Started by the customer (creation, a message), fulfilled by an agent's reply. */
        REPLY,
        /** Started by an agent's reply, fulfilled by the next one. */
        UPDATE,
        /** Started at creation, fulfilled when the ticket is solved. */
        RESOLUTION
    }

    private final Kind kind;
    private final List<StatusCategory> defaultRunsIn;

    SlaMetric(Kind kind, StatusCategory... defaultRunsIn) {
        this.kind = kind;
        this.defaultRunsIn = List.of(defaultRunsIn);
    }

    public Kind kind() {
        return kind;
    }

    /** The statuses the clock runs in unless a policy says otherwise (Zendesk's definitions). */
    public List<StatusCategory> defaultRunsIn() {
        return defaultRunsIn;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static SlaMetric fromKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
