package io.autocrm.query.history;

import io.autocrm.events.common.MetadataKeys;
import io.autocrm.events.ticket.TicketCreatedEvent;
import io.autocrm.query.support.TicketIds;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Revision;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/tickets/{id}/events}: every event of the ticket, oldest first, read from the event store from the
 * first event (never from a snapshot). An id without a ticket stream is {@code ticket-not-found}.
 */
@RestController
class EventHistoryController {

    private final EventStore eventStore;

    EventHistoryController(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @GetMapping("/api/v1/tickets/{id}/events")
    List<EventHistoryEntry> events(@PathVariable String id) {
        UUID ticketId = TicketIds.parse(id);
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(ticketId.toString(), 0L).asStream()
                .toList();
        if (events.isEmpty() || !(events.getFirst().getPayload() instanceof TicketCreatedEvent)) {
            throw TicketIds.notFound(ticketId);
        }
        return events.stream().map(EventHistoryController::entry).toList();
    }

    static EventHistoryEntry entry(DomainEventMessage<?> event) {
        Object payload = event.getPayload();
        Revision revision = event.getPayloadType().getAnnotation(Revision.class);
        Map<String, Object> fields = payload instanceof Record r ? EventPayloads.of(r)
                : Map.of("value", String.valueOf(payload));
        return new EventHistoryEntry(event.getSequenceNumber() + 1, event.getIdentifier(),
                event.getPayloadType().getSimpleName(), revision == null ? null : revision.value(),
                event.getTimestamp(), metadata(event.getMetaData()), fields);
    }

    private static EventHistoryEntry.Metadata metadata(Map<String, ?> metaData) {
        return new EventHistoryEntry.Metadata(text(metaData, MetadataKeys.ACTOR_TYPE),
                text(metaData, MetadataKeys.ACTOR_ID), text(metaData, MetadataKeys.CHANNEL),
                text(metaData, MetadataKeys.CORRELATION_ID), text(metaData, MetadataKeys.CAUSATION_ID));
    }

    private static String text(Map<String, ?> metaData, String key) {
        Object value = metaData.get(key);
        return value == null ? null : value.toString();
    }
}
