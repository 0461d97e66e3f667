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
    /** Version of the cause named by {@link #CAUSE_TYPE} when it acted (a routing rule's or a policy's version). */
    public static final String CAUSE_VERSION = "causeVersion";
    /**
     * Why the cause named by {@link #CAUSE_TYPE} decided as it did, in a short sentence for the history (an assignment:
     * "fewest open tickets: 2; Alan Turing has 4").
     */
    public static final String CAUSE_REASON = "causeReason";
    /**
     * When the assignment engine took the assignee's turn for an assignment it made (ISO-8601): the engine records the
     * turn itself; its ledger records it from the event only where the engine's own record is missing.
     */
    public static final String ASSIGNED_AT = "assignedAt";
    /**
     * How many triggers caused this change in a chain (1: a trigger reacting to a person's change; 2: a trigger
     * reacting to that trigger's change ...), for the depth limit that stops loops.
     */
    public static final String CAUSE_DEPTH = "causeDepth";
    /**
     * {@code "true"} on changes that record history rather than make it now (the demo's seeded story, an import):
     * no mail leaves for them. Carried on to what they cause.
     */
    public static final String SILENT = "silent";
    /** {@link #CAUSE_TYPE} of a change made by applying a macro. */
    public static final String CAUSE_MACRO = "macro";
    /** {@link #CAUSE_TYPE} of a change made by a routing rule (id and version of the rule). */
    public static final String CAUSE_ROUTING_RULE = "routing-rule";
    /** {@link #CAUSE_TYPE} of an assignment made by a team's assignment method (id: the team; name: the method). */
    public static final String CAUSE_ASSIGNMENT = "assignment";
    /** {@link #CAUSE_TYPE} of a change made by an SLA policy (id and version of the policy). */
    public static final String CAUSE_SLA_POLICY = "sla-policy";
    /** {@link #CAUSE_TYPE} of a change made by an event trigger. */
    public static final String CAUSE_TRIGGER = "trigger";
    /**
     * {@link #CAUSE_TYPE} of a change made by a mail that came in (id: its record in the mail log; name: its
     * Message-ID; reason: how it was matched to the ticket).
     */
    public static final String CAUSE_MAIL = "mail";
    /** {@link #CAUSE_TYPE} of a change made by a time-based automation. */
    public static final String CAUSE_AUTOMATION = "automation";

    private MetadataKeys() {
    }
}
