package io.autocrm.query.queue;

import io.autocrm.query.queue.QueueItem.Requester;
import io.autocrm.query.access.CustomerViewRules;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A ticket as its customer sees it (queue rows, the live stream, the detail): an allowlist, so a member added to
 * {@link QueueItem} stays hidden from customers until it is added here. Never tags, priority, type, channel, assignee,
 * team or a custom field whose definition is not {@code customer_visible}.
 */
public record CustomerTicket(String id, long number, String subject, StatusView status, Requester requester,
                             Map<String, List<String>> customFields, Instant createdAt, Instant updatedAt,
                             long version) {

    /**
     * A status key, its label as the directory names it, and its category. Named apart in the API description: the
     * directory's {@code StatusView} (GET /api/v1/statuses) has more members, and one name for both hid them.
     */
    @Schema(name = "CustomerStatusView")
    public record StatusView(String key, String label,
                             @Schema(allowableValues = {"new", "open", "pending", "on-hold", "solved", "closed"}) String category) {
    }

    public static CustomerTicket of(QueueItem item, CustomerViewRules rules) {
        return new CustomerTicket(item.id(), item.number(), item.subject(),
                new StatusView(item.status().key(), rules.statusLabel(item.status().key()), item.status().category()),
                item.requester(), rules.visibleFields(item.customFields()), item.createdAt(), item.updatedAt(),
                item.version());
    }
}
