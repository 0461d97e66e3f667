package io.autocrm.app.demo;

import io.autocrm.command.macro.Macro;
import io.autocrm.command.macro.MacroActions;
import io.autocrm.command.macro.MacroDefinitions;
import io.autocrm.command.macro.MacroMessage;
import io.autocrm.events.common.MetadataKeys;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.messaging.MetaData;

/**
 * The demo's macros: three shared ones made by the admin ("Escalate to billing" is never applied in the story, so the
 * usage table has one to prune) and a personal one of Grace's. The story applies some of them, so their use shows.
 */
final class DemoMacros {

    /** A macro as the story applies it: its id, its name, and the property changes it makes. */
    record Applied(String id, String name, MacroActions actions) {

        /** {@code metaData} naming this macro as the cause, as the web app's header does. */
        MetaData cause(MetaData metaData) {
            Map<String, Object> cause = new HashMap<>();
            cause.put(MetadataKeys.CAUSE_TYPE, MetadataKeys.CAUSE_MACRO);
            cause.put(MetadataKeys.CAUSE_ID, id);
            cause.put(MetadataKeys.CAUSE_NAME, name);
            return metaData.mergedWith(cause);
        }
    }

    final Applied askForLogs;
    final Applied solvedThanks;
    final Applied graceFollowUp;

    DemoMacros(MacroDefinitions definitions, UUID admin, UUID grace, UUID billing) {
        askForLogs = applied(definitions.define(admin, "Ask for logs", "Ask the requester for logs and wait for them",
                true, actions("pending", null, List.of("logs-requested"), message("public-reply", """
                        <p>Hello {{requester.first_name}},</p><p>Thanks for your report on ticket #{{ticket.number}}.\
                         To find out what goes wrong, could you send us the logs from the moment it happened?\
                         Reply to this message with them attached.</p><p>{{agent.name}}</p>"""))));
        solvedThanks = applied(definitions.define(admin, "Solved: thanks", "Close the loop politely", true,
                actions("solved", null, List.of(), message("public-reply", """
                        <p>Hello {{requester.first_name}},</p><p>Glad we could help. I am marking ticket\
                         #{{ticket.number}} as solved; just reply if anything is still not right.</p>\
                        <p>Best regards,<br>{{agent.name}}</p>"""))));
        definitions.define(admin, "Escalate to billing", "Hand a payment question to the billing team", true,
                new MacroActions(null, "high", null, null, billing.toString(), List.of("billing"), null, null,
                        message("internal-note", "<p>Escalated to billing by {{agent.name}}: please check the"
                                + " payments of {{requester.name}} for ticket #{{ticket.number}}.</p>")));
        graceFollowUp = applied(definitions.define(grace, "Wait and chase", "Grace's own: wait for the customer,"
                        + " then chase", false, actions("pending", MacroActions.CURRENT_AGENT, List.of("follow-up"),
                        message("internal-note", "<p>Waiting for {{requester.first_name}}; {{agent.first_name}}"
                                + " chases in two days if no answer comes.</p>"))));
    }

    private static MacroActions actions(String status, String assignee, List<String> tags, MacroMessage message) {
        return new MacroActions(status, null, null, assignee, null, tags.isEmpty() ? null : tags, null, null,
                message);
    }

    private static MacroMessage message(String kind, String body) {
        return new MacroMessage(kind, body);
    }

    private static Applied applied(Macro macro) {
        return new Applied(macro.id(), macro.name(), macro.actions());
    }
}
