package io.autocrm.events.common;

/** Keys of the metadata every command and event carries. */
public final class MetadataKeys {

    /** {@link ActorType#key()} of who made the change. */
    public static final String ACTOR_TYPE = "actorType";
    /** Id of the actor: user id, customer id, API key id, or "system". */
    public static final String ACTOR_ID = "actorId";
    /** The actor's role: customer, agent, admin, integration (API keys) or system. */
    public static final String ACTOR_ROLE = "actorRole";
    /** {@link Channel#key()} the change came through. */
    public static final String CHANNEL = "channel";
    /** Id shared by every message caused, directly or not, by one request. */
    public static final String CORRELATION_ID = "correlationId";
    /** Id of the message that directly caused this one. */
    public static final String CAUSATION_ID = "causationId";

    /**
     * What kind of thing, besides the actor, caused the change: {@code macro} when an agent applied a macro. Absent
     * when nothing but the actor did. Routing rules and policies name themselves the same way.
     */
    public static final String CAUSE_TYPE = "causeType";
    /** Id of the cause named by {@link #CAUSE_TYPE} (for a macro: its id). */
    public static final String CAUSE_ID = "causeId";
    /** Name of the cause when the change was made (for a macro: its name then), for the history to show. */
    public static final String CAUSE_NAME = "causeName";
    /** {@link #CAUSE_TYPE} of a change made by applying a macro. */
    public static final String CAUSE_MACRO = "macro";

    private MetadataKeys() {
    }
}
