package io.autocrm.query.audit;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import io.autocrm.query.support.Params;
import io.autocrm.query.support.TicketIds;
import io.autocrm.query.support.VersionWaiter;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/tickets/{id}/audit}: the ticket's audit trail, oldest first. {@code minVersion} waits (bounded)
 * until the trail holds that version, else {@code read-model-behind}; an id without trail or events is
 * {@code ticket-not-found}.
 */
@RestController
class AuditController {

    private final AuditReader reader;
    private final VersionWaiter waiter;
    private final EventStore eventStore;

    AuditController(AuditReader reader, VersionWaiter waiter, EventStore eventStore) {
        this.reader = reader;
        this.waiter = waiter;
        this.eventStore = eventStore;
    }

    @GetMapping("/api/v1/tickets/{id}/audit")
    List<AuditEntryView> audit(@PathVariable String id, @RequestParam(required = false) String minVersion) {
        UUID ticketId = TicketIds.parse(id);
        Long min = Params.version("minVersion", minVersion);
        if (min != null) {
            awaitVersion(ticketId, min);
        }
        List<AuditEntryView> trail = reader.trail(ticketId);
        if (trail.isEmpty()) {
            throw TicketIds.notFound(ticketId);
        }
        return trail;
    }

    private void awaitVersion(UUID ticketId, long min) {
        if (reader.version(ticketId) == 0 && eventStore.lastSequenceNumberFor(ticketId.toString()).isEmpty()) {
            throw TicketIds.notFound(ticketId);
        }
        if (!waiter.awaitVersion(min, () -> reader.version(ticketId))) {
            throw new DomainException(ErrorCode.READ_MODEL_BEHIND, "The audit trail of ticket " + ticketId
                    + " is at version " + reader.version(ticketId) + ", not yet at version " + min
                    + "; retry shortly.");
        }
    }
}
