package io.autocrm.query.history;

import io.autocrm.query.web.ActorView;
import io.autocrm.query.access.CustomerViewRules;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A customer's event history: only customer-visible events (creation, customer messages, public replies, status
 * changes, changes of customer-visible custom fields, the merge of their request into another), each payload cut down to an allowlist of what the customer view
 * shows, and metadata without the correlation and causation ids that would tie entries to hidden ones.
 */
final class CustomerEventHistory {

    private static final Map<String, List<String>> VISIBLE_MEMBERS = Map.of(
            "TicketCreatedEvent", List.of("ticketId", "number", "requesterId", "status", "customFields",
                    "firstMessageId"),
            "CustomerMessageAddedEvent", List.of("ticketId", "messageId", "authorId"),
            "PublicReplyAddedEvent", List.of("ticketId", "messageId", "authorId"),
            "TicketStatusChangedEvent", List.of("ticketId", "previousStatus", "status"),
            "TicketCustomFieldChangedEvent", List.of("ticketId", "fieldKey", "type", "previousValues", "values"),
            "TicketMergedEvent", List.of("ticketId", "survivorId", "survivorNumber"));

    private CustomerEventHistory() {
    }

    static Optional<EventHistoryEntry> reduce(EventHistoryEntry entry, CustomerViewRules rules) {
        List<String> members = VISIBLE_MEMBERS.get(entry.type());
        if (members == null || (entry.type().equals("TicketCustomFieldChangedEvent")
                && !rules.fieldVisible(String.valueOf(entry.payload().get("fieldKey"))))) {
            return Optional.empty();
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        members.forEach(member -> payload.put(member, entry.payload().get(member)));
        if (payload.get("customFields") instanceof List<?> fields) {
            payload.put("customFields", fields.stream().filter(field -> field instanceof Map<?, ?> value
                    && rules.fieldVisible(String.valueOf(value.get("fieldKey")))).toList());
        }
        ActorView actor = entry.actor().forCustomer();
        EventHistoryEntry.Metadata metadata = new EventHistoryEntry.Metadata(actor.type(), actor.id(),
                entry.metadata().channel(), null, null, null);
        return Optional.of(new EventHistoryEntry(entry.version(), entry.eventId(), entry.type(), entry.revision(),
                entry.occurredAt(), metadata, actor, payload));
    }
}
