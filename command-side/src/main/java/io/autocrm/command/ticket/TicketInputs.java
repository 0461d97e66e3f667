package io.autocrm.command.ticket;

import io.autocrm.events.ticket.Priority;
import io.autocrm.events.ticket.TicketType;
import java.util.List;
import java.util.Map;

/**
 * The ticket's own checks of request values, for other packages that store values meant for tickets later (macros):
 * the same rules, never a second copy of them. Each refuses bad input as the ticket endpoints do.
 */
public final class TicketInputs {

    private TicketInputs() {
    }

    /** The priority a key names; null for null. */
    public static Priority priority(String key) {
        return RequestValues.priority(key);
    }

    /** The type a key names; null for null. */
    public static TicketType type(String key) {
        return RequestValues.type(key);
    }

    /** Normalised, de-duplicated tags. */
    public static List<String> tags(List<String> raw) {
        return Tags.normalize(raw);
    }

    /** Custom field values as JSON sends them, as the raw strings the catalog checks; null for null. */
    public static Map<String, List<String>> rawCustomFields(Map<String, Object> json) {
        return CustomFieldInput.raw(json);
    }

    /** Message HTML sanitised against the messages' allow-list. */
    public static String sanitisedHtml(String html) {
        return MessageBody.fromHtml(html).html();
    }
}
