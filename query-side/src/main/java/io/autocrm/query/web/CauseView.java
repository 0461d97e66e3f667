package io.autocrm.query.web;

import io.autocrm.events.common.MetadataKeys;
import io.autocrm.query.postgres.MetaDataText;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/**
 * What, besides the actor, caused a change, as staff see it in audit and history entries: a macro an agent applied,
 * a routing rule, a team's assignment method, an SLA policy, a trigger, an automation, or a mail that came in (id: its
 * record in the mail log; name: its Message-ID; reason: how it was matched to the ticket). Never shown to customers.
 *
 * @param type    {@code macro}, {@code routing-rule}, {@code assignment}, {@code sla-policy}, {@code trigger} or
 *                {@code automation}
 * @param id      the macro's, rule's, team's, policy's, trigger's or automation's id
 * @param name    its name when it acted (for an assignment: the team and method, "Billing: least busy")
 * @param version the rule's (policy's, trigger's, automation's) version when it acted; null for causes without
 *                versions (macros, assignment)
 * @param reason  why it decided so ("fewest open tickets: 2; Alan Turing has 4"); null when it gives none
 */
public record CauseView(@Schema(allowableValues = {"macro", "routing-rule", "assignment", "sla-policy", "trigger",
        "automation", "mail"}) String type, String id, String name, Integer version, String reason) {

    /** A cause without a version or reason (a macro). */
    public CauseView(String type, String id, String name) {
        this(type, id, name, null, null);
    }

    /** The cause an event's metadata names; null when it names none. */
    public static CauseView of(Map<String, ?> metaData) {
        return of(MetaDataText.of(metaData, MetadataKeys.CAUSE_TYPE), MetaDataText.of(metaData, MetadataKeys.CAUSE_ID),
                MetaDataText.of(metaData, MetadataKeys.CAUSE_NAME), version(MetaDataText.of(metaData,
                        MetadataKeys.CAUSE_VERSION)), MetaDataText.of(metaData, MetadataKeys.CAUSE_REASON));
    }

    /** The cause of these stored values; null when {@code type} is. */
    public static CauseView of(String type, String id, String name) {
        return of(type, id, name, null, null);
    }

    /** The cause of these stored values; null when {@code type} is. */
    public static CauseView of(String type, String id, String name, Integer version, String reason) {
        return type == null ? null : new CauseView(type, id, name, version, reason);
    }

    private static Integer version(String text) {
        try {
            return text == null ? null : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
