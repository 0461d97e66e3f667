package io.autocrm.command.automation;

import io.autocrm.events.common.ActorType;
import io.autocrm.events.common.Channel;
import io.autocrm.events.common.MetadataKeys;
import java.util.Map;
import org.axonframework.messaging.MetaData;

/**
 * The metadata of a command a trigger or automation sends: actor {@code system} through channel {@code system}, the
 * rule as the cause (type, id, name, version), the chain's correlation id and the depth of the chain
 * ({@link MetadataKeys#CAUSE_DEPTH}: an automation's change is 1, a trigger reacting to a change of depth n makes
 * n + 1, a person's change is 0).
 */
record RuleCause(Rule rule, String chainId, int depth) {

    /** A chain of triggers stops here: a change of this depth makes no trigger act (a note says so once). */
    static final int MAX_DEPTH = 5;

    MetaData metaData() {
        return MetaData.from(Map.of(
                MetadataKeys.ACTOR_TYPE, ActorType.SYSTEM.key(),
                MetadataKeys.ACTOR_ID, "system",
                MetadataKeys.ACTOR_ROLE, "system",
                MetadataKeys.CHANNEL, Channel.SYSTEM.key(),
                MetadataKeys.CORRELATION_ID, chainId,
                MetadataKeys.CAUSE_TYPE, rule.kind().causeType(),
                MetadataKeys.CAUSE_ID, rule.id(),
                MetadataKeys.CAUSE_NAME, rule.name(),
                MetadataKeys.CAUSE_VERSION, rule.version(),
                MetadataKeys.CAUSE_DEPTH, depth));
    }

    /** The depth of the chain an event with this metadata belongs to: 0 unless a trigger or automation made it. */
    static int depthOf(Map<String, ?> metaData) {
        Object type = metaData.get(MetadataKeys.CAUSE_TYPE);
        if (!MetadataKeys.CAUSE_TRIGGER.equals(type) && !MetadataKeys.CAUSE_AUTOMATION.equals(type)) {
            return 0;
        }
        Object depth = metaData.get(MetadataKeys.CAUSE_DEPTH);
        if (depth instanceof Number number) {
            return number.intValue();
        }
        try {
            return depth == null ? 1 : Integer.parseInt(depth.toString());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
