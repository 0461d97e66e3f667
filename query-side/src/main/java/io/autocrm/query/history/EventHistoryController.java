package io.autocrm.query.history;

import io.autocrm.events.common.MetadataKeys;
import io.autocrm.query.support.MetaDataText;
import io.autocrm.query.support.TicketIds;
import io.autocrm.query.support.TicketReads;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.Revision;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/tickets/{id}/events}: every event of the ticket, oldest first, read from the event store from the
 * first event (never from a snapshot). An id without a ticket stream is {@code ticket-not-found} ({@link TicketReads}).
 */
@RestController
class EventHistoryController {

    private final TicketReads reads;

    EventHistoryController(TicketReads reads) {
        this.reads = reads;
    }

    @GetMapping("/api/v1/tickets/{id}/events")
    List<EventHistoryEntry> events(@PathVariable String id) {
        return reads.events(TicketIds.parse(id)).stream().map(EventHistoryController::entry).toList();
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
        return new EventHistoryEntry.Metadata(MetaDataText.of(metaData, MetadataKeys.ACTOR_TYPE),
                MetaDataText.of(metaData, MetadataKeys.ACTOR_ID), MetaDataText.of(metaData, MetadataKeys.CHANNEL),
                MetaDataText.of(metaData, MetadataKeys.CORRELATION_ID),
                MetaDataText.of(metaData, MetadataKeys.CAUSATION_ID));
    }
}
