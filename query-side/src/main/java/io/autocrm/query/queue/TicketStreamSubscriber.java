package io.autocrm.query.queue;

import io.autocrm.query.access.CustomerViewRules;
import io.autocrm.query.access.Viewer;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.codec.ServerSentEvent;

/**
 * One live stream's view: which tickets it has shown at which version, and what its viewer may see. Staff get queue
 * rows; customers get {@link CustomerTicket}s of the tickets they may see, and a removal when a ticket they were shown
 * stops being visible to them (or stops matching their filter).
 */
final class TicketStreamSubscriber {

    private final FindTicketQueueQuery query;
    private final CustomerViewRules rules;
    private final Map<String, Long> shown = new ConcurrentHashMap<>();

    /** @param rules the customer view's rules for a customer's stream; null for staff */
    TicketStreamSubscriber(FindTicketQueueQuery query, CustomerViewRules rules) {
        if (query.viewer().isCustomer() && rules == null) {
            throw new IllegalArgumentException("a customer's stream needs the customer view's rules");
        }
        this.query = query;
        this.rules = rules;
    }

    ServerSentEvent<Object> snapshot(QueuePage page) {
        page.items().forEach(item -> shown.put(item.id(), item.version()));
        Object data = viewer().isCustomer() ? CustomerQueuePage.of(page, rules) : page;
        return ServerSentEvent.builder().event("snapshot").data(data).build();
    }

    /**
     * A changed ticket is news when this viewer may see it, it matches the stream's filter and is newer than what
     * this stream showed; a removal when it no longer is visible or matching but this stream showed it; anything else
     * (a repeat, a stale version, a ticket this stream never showed) is not this stream's business.
     */
    Optional<ServerSentEvent<Object>> toEvent(QueueChange change) {
        QueueItem item = change.row();
        String id = item.id() + ":" + item.version();
        Long shownVersion = shown.get(item.id());
        if (shownVersion != null && shownVersion >= item.version()) {
            return Optional.empty();
        }
        if (change.visibleTo(viewer()) && query.filter().matches(item)) {
            shown.put(item.id(), item.version());
            return Optional.of(ServerSentEvent.builder().id(id).event("ticket").data(shownAs(change)).build());
        }
        if (shown.remove(item.id()) != null) {
            Object removed = Map.of("id", item.id(), "version", item.version());
            return Optional.of(ServerSentEvent.builder().id(id).event("ticket-removed").data(removed).build());
        }
        return Optional.empty();
    }

    /** The row for staff; for a customer the customer view, made here if the change came without one. */
    private Object shownAs(QueueChange change) {
        if (!viewer().isCustomer()) {
            return change.row();
        }
        return change.customerView() != null ? change.customerView() : CustomerTicket.of(change.row(), rules);
    }

    private Viewer viewer() {
        return query.viewer();
    }
}
