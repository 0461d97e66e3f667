package io.autocrm.query.history;

import io.autocrm.access.CurrentCaller;
import io.autocrm.events.common.MetadataKeys;
import io.autocrm.events.common.TicketId;
import io.autocrm.query.access.CustomerViewRules;
import io.autocrm.query.access.CustomerViewRulesReader;
import io.autocrm.query.access.Viewer;
import io.autocrm.query.postgres.MetaDataText;
import io.autocrm.query.web.ActorNames;
import io.autocrm.query.web.ActorView;
import io.autocrm.query.web.CauseView;
import io.autocrm.query.web.TicketReads;
import io.autocrm.query.web.TicketVisibility;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.Revision;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/tickets/{id}/events}: every event of the ticket, oldest first, read from the event store from the
 * first event (never from a snapshot). An id without a ticket stream is {@code ticket-not-found} ({@link TicketReads}).
 * Each entry names its actor (one directory and personal-data statement for the whole history). A customer reads only
 * the history of a ticket they may see (any other is {@code ticket-not-found}), and only its customer-visible events
 * with reduced payloads ({@link CustomerEventHistory}).
 */
@RestController
class EventHistoryController {

    private final TicketReads reads;
    private final TicketVisibility visibility;
    private final CurrentCaller callers;
    private final ActorNames actorNames;
    private final CustomerViewRulesReader customerViewRules;

    EventHistoryController(TicketReads reads, TicketVisibility visibility, CurrentCaller callers,
                           ActorNames actorNames, CustomerViewRulesReader customerViewRules) {
        this.reads = reads;
        this.visibility = visibility;
        this.callers = callers;
        this.actorNames = actorNames;
        this.customerViewRules = customerViewRules;
    }

    @Operation(summary = "Every event of a ticket, oldest first, with its metadata")
    @GetMapping("/api/v1/tickets/{id}/events")
    List<EventHistoryEntry> events(@PathVariable TicketId id) {
        Viewer viewer = Viewer.of(callers.caller());
        UUID ticketId = id.value();
        visibility.require(viewer, ticketId);
        List<EventHistoryEntry> history = named(reads.events(ticketId).stream()
                .map(EventHistoryController::entry).toList());
        if (!viewer.isCustomer()) {
            return history;
        }
        CustomerViewRules rules = customerViewRules.current();
        return history.stream().flatMap(entry -> CustomerEventHistory.reduce(entry, rules).stream()).toList();
    }

    private List<EventHistoryEntry> named(List<EventHistoryEntry> history) {
        Map<String, String> names = actorNames.namesOf(history.stream().map(EventHistoryEntry::actor).toList());
        return history.stream().map(entry -> entry.withActor(ActorNames.named(entry.actor(), names))).toList();
    }

    static EventHistoryEntry entry(DomainEventMessage<?> event) {
        Object payload = event.getPayload();
        Revision revision = event.getPayloadType().getAnnotation(Revision.class);
        Map<String, Object> fields = payload instanceof Record r ? EventPayloads.of(r)
                : Map.of("value", String.valueOf(payload));
        Map<String, ?> metaData = event.getMetaData();
        ActorView actor = new ActorView(MetaDataText.of(metaData, MetadataKeys.ACTOR_TYPE),
                MetaDataText.of(metaData, MetadataKeys.ACTOR_ID), MetaDataText.of(metaData, MetadataKeys.ACTOR_ROLE),
                null);
        return new EventHistoryEntry(event.getSequenceNumber() + 1, event.getIdentifier(),
                event.getPayloadType().getSimpleName(), revision == null ? null : revision.value(),
                event.getTimestamp(), metadata(metaData), actor, fields);
    }

    private static EventHistoryEntry.Metadata metadata(Map<String, ?> metaData) {
        return new EventHistoryEntry.Metadata(MetaDataText.of(metaData, MetadataKeys.ACTOR_TYPE),
                MetaDataText.of(metaData, MetadataKeys.ACTOR_ID), MetaDataText.of(metaData, MetadataKeys.CHANNEL),
                MetaDataText.of(metaData, MetadataKeys.CORRELATION_ID),
                MetaDataText.of(metaData, MetadataKeys.CAUSATION_ID), CauseView.of(metaData));
    }
}
