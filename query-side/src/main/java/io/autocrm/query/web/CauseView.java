package io.autocrm.query.web;

import io.autocrm.events.common.MetadataKeys;
import io.autocrm.query.postgres.MetaDataText;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/**
 * What, besides the actor, caused a change, as staff see it in audit and history entries: a macro an agent applied, or
 * a trigger or automation that acted by itself. Never shown to customers.
 *
 * @param type    {@code macro}, {@code trigger} or {@code automation}
 * @param id      the macro's, trigger's or automation's id
 * @param name    its name when it acted
 * @param version the trigger's or automation's version when it acted; null for a macro
 */
public record CauseView(@Schema(allowableValues = {"macro", "trigger", "automation"}) String type, String id,
                        String name, Integer version) {

    /** The cause an event's metadata names; null when it names none. */
    public static CauseView of(Map<String, ?> metaData) {
        String version = MetaDataText.of(metaData, MetadataKeys.CAUSE_VERSION);
        Integer parsed = null;
        if (version != null) {
            try {
                parsed = Integer.valueOf(version);
            } catch (NumberFormatException e) {
                parsed = null;
            }
        }
        return of(MetaDataText.of(metaData, MetadataKeys.CAUSE_TYPE), MetaDataText.of(metaData, MetadataKeys.CAUSE_ID),
                MetaDataText.of(metaData, MetadataKeys.CAUSE_NAME), parsed);
    }

    /** The cause of these stored values; null when {@code type} is. */
    public static CauseView of(String type, String id, String name, Integer version) {
        return type == null ? null : new CauseView(type, id, name, version);
    }
}
