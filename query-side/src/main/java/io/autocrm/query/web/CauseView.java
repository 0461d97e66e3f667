package io.autocrm.query.web;

import io.autocrm.events.common.MetadataKeys;
import io.autocrm.query.postgres.MetaDataText;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/**
 * What, besides the actor, caused a change, as staff see it in audit and history entries: a macro an agent applied,
 * or a team's assignment method. Never shown to customers.
 *
 * @param type   {@code macro} or {@code assignment}
 * @param id     the macro's id; the team's id
 * @param name   the macro's name when it was applied; the team and method ("Billing: least busy")
 * @param reason why it decided so ("fewest open tickets: 2; Alan Turing has 4"); null when it gives none
 */
public record CauseView(@Schema(allowableValues = {"macro", "assignment"}) String type, String id, String name,
                        String reason) {

    /** The cause an event's metadata names; null when it names none. */
    public static CauseView of(Map<String, ?> metaData) {
        return of(MetaDataText.of(metaData, MetadataKeys.CAUSE_TYPE), MetaDataText.of(metaData, MetadataKeys.CAUSE_ID),
                MetaDataText.of(metaData, MetadataKeys.CAUSE_NAME), MetaDataText.of(metaData, MetadataKeys.CAUSE_REASON));
    }

    /** The cause of these stored values; null when {@code type} is. */
    public static CauseView of(String type, String id, String name, String reason) {
        return type == null ? null : new CauseView(type, id, name, reason);
    }
}
