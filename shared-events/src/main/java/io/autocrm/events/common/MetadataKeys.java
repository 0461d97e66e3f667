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

    private MetadataKeys() {
    }
}
