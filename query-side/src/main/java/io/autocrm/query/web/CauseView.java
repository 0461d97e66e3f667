package io.autocrm.query.web;

import io.autocrm.events.common.MetadataKeys;
import io.autocrm.query.postgres.MetaDataText;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/**
 * What, besides the actor, caused a change, as staff see it in audit and history entries: a macro an agent applied,
 * an SLA policy (or a rule, an assignment method, a trigger, an automation) AutoCRM acted for. Never shown to customers.
 *
 * @param type {@code macro}, {@code sla-policy}, … ({@code MetadataKeys.CAUSE_*})
 * @param id   the macro's or policy's id
 * @param name its name when it acted
 */
public record CauseView(@Schema(allowableValues = {"macro", "routing-rule", "assignment", "sla-policy", "trigger",
        "automation"}) String type, String id, String name) {

    /** The cause an event's metadata names; null when it names none. */
    public static CauseView of(Map<String, ?> metaData) {
        return of(MetaDataText.of(metaData, MetadataKeys.CAUSE_TYPE), MetaDataText.of(metaData, MetadataKeys.CAUSE_ID),
                MetaDataText.of(metaData, MetadataKeys.CAUSE_NAME));
    }

    /** The cause of these stored values; null when {@code type} is. */
    public static CauseView of(String type, String id, String name) {
        return type == null ? null : new CauseView(type, id, name);
    }
}
