package io.autocrm.query.audit;

import io.autocrm.events.ticket.Status;
import io.autocrm.events.ticket.StatusCategory;
import io.autocrm.query.access.CustomerViewRules;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A customer's audit trail: only the entries of customer-visible events (creation, customer messages, public
 * replies, status changes, changes of customer-visible custom fields), each reduced to what the customer view shows.
 * The creation's description is written anew, since the stored one names priority, type, assignee and team; a merge
 * reads "Your request was joined with #N", the only way customers see merges.
 */
final class CustomerAuditTrail {

    /** The event types a customer's trail may hold; the SQL reads no other rows. */
    static final List<String> EVENT_TYPES = List.of("TicketCreatedEvent", "CustomerMessageAddedEvent",
            "PublicReplyAddedEvent", "TicketStatusChangedEvent", "TicketCustomFieldChangedEvent", "TicketMergedEvent");
    private static final Set<String> VISIBLE_CREATION_FIELDS = Set.of("status", "statusCategory", "requester");
    private static final String CUSTOM_FIELD = "customFields.";

    private CustomerAuditTrail() {
    }

    static Optional<AuditEntryView> reduce(AuditEntryView entry, CustomerViewRules rules) {
        List<Map<String, Object>> changes = entry.changes().stream()
                .filter(change -> visible(entry.eventType(), String.valueOf(change.get("field")), rules)).toList();
        if (!EVENT_TYPES.contains(entry.eventType()) || changes.isEmpty()) {
            return Optional.empty();
        }
        String description = switch (entry.eventType()) {
            case "TicketCreatedEvent" -> creation(changes);
            case "TicketMergedEvent" -> entry.description().replace("Merged into ticket ", "Your request was joined with ");
            default -> entry.description();
        };
        return Optional.of(new AuditEntryView(entry.version(), entry.eventType(), entry.actor().forCustomer(),
                entry.channel(), null, entry.occurredAt(), description, changes, null, null));
    }

    private static boolean visible(String eventType, String field, CustomerViewRules rules) {
        if (field.startsWith(CUSTOM_FIELD)) {
            return rules.fieldVisible(field.substring(CUSTOM_FIELD.length()));
        }
        return !eventType.equals("TicketCreatedEvent") || VISIBLE_CREATION_FIELDS.contains(field);
    }

    private static String creation(List<Map<String, Object>> changes) {
        Object key = to(changes, "status");
        Object category = to(changes, "statusCategory");
        if (key == null || category == null) {
            return "Ticket created";
        }
        return "Ticket created with status " + Labels.status(new Status(key.toString(),
                StatusCategory.fromKey(category.toString())));
    }

    private static Object to(List<Map<String, Object>> changes, String field) {
        return changes.stream().filter(c -> field.equals(c.get("field"))).map(c -> c.get("to")).findFirst()
                .orElse(null);
    }
}
