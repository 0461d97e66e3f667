package io.autocrm.query.audit;

import io.autocrm.query.support.Params;
import io.autocrm.query.support.TicketIds;
import io.autocrm.query.support.TicketReads;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/tickets/{id}/audit}: the ticket's audit trail, oldest first. {@code minVersion} waits (bounded)
 * until the trail holds that version. Ids without a ticket, versions beyond the ticket's and a trail behind answer as
 * {@link TicketReads} says.
 */
@RestController
class AuditController {

    private final AuditReader reader;
    private final TicketReads reads;

    AuditController(AuditReader reader, TicketReads reads) {
        this.reader = reader;
        this.reads = reads;
    }

    @GetMapping("/api/v1/tickets/{id}/audit")
    List<AuditEntryView> audit(@PathVariable String id, @RequestParam(required = false) String minVersion) {
        UUID ticketId = TicketIds.parse(id);
        return reads.read(ticketId, Params.version("minVersion", minVersion), reader::version, reader::trail);
    }
}
