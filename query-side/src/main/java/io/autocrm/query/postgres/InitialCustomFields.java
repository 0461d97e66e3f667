package io.autocrm.query.postgres;

import io.autocrm.events.ticket.CustomFieldValue;
import io.autocrm.events.ticket.TicketCreatedEvent;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A new ticket's custom field values as read models and folds keep them. */
public final class InitialCustomFields {

    private InitialCustomFields() {
    }

    /** {@code {key: [values]}}, keys sorted, fields without value left out. */
    public static Map<String, List<String>> of(TicketCreatedEvent e) {
        Map<String, List<String>> fields = new TreeMap<>();
        if (e.customFields() != null) {
            for (CustomFieldValue value : e.customFields()) {
                if (!value.values().isEmpty()) {
                    fields.put(value.fieldKey(), List.copyOf(value.values()));
                }
            }
        }
        return fields;
    }
}
