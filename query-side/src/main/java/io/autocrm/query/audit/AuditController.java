package io.autocrm.query.audit;

import io.autocrm.access.CurrentCaller;
import io.autocrm.query.support.Params;
import io.autocrm.query.support.TicketIds;
import io.autocrm.query.support.TicketReads;
import io.autocrm.query.support.TicketVisibility;
import io.autocrm.query.support.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/tickets/{id}/audit}: the ticket's audit trail, oldest first. {@code minVersion} waits (bounded)
 * until the trail holds that version. Ids without a ticket, versions beyond the ticket's and a trail behind answer as
 * {@link TicketReads} says. A customer reads only the trail of a ticket they may see (any other is
 * {@code ticket-not-found}), and only its customer-visible entries ({@link CustomerAuditTrail}).
 */
@RestController
class AuditController {

    private final AuditReader reader;
    private final TicketReads reads;
    private final TicketVisibility visibility;
    private final CurrentCaller callers;

    AuditController(AuditReader reader, TicketReads reads, TicketVisibility visibility, CurrentCaller callers) {
        this.reader = reader;
        this.reads = reads;
        this.visibility = visibility;
        this.callers = callers;
    }

    @Operation(summary = "A ticket's audit trail: one readable row per change")
    @GetMapping("/api/v1/tickets/{id}/audit")
    List<AuditEntryView> audit(@PathVariable String id, @RequestParam(required = false) String minVersion) {
        Viewer viewer = Viewer.of(callers.caller());
        UUID ticketId = TicketIds.parse(id);
        Long min = Params.version("minVersion", minVersion);
        visibility.require(viewer, ticketId);
        return reads.read(ticketId, min, reader::version,
                viewer.isCustomer() ? reader::customerTrail : reader::trail);
    }
}
