package io.autocrm.query.ticketdetail;

import io.autocrm.query.support.Params;
import io.autocrm.query.support.TicketIds;
import io.autocrm.query.support.TicketReads;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/tickets/{id}}: the ticket with its conversation and {@code ETag: "<version>"}.
 * {@code minVersion=<n>} waits (bounded by {@code autocrm.read.max-wait}) until the read model has applied version n;
 * ids without a ticket, versions beyond the ticket's and a read model behind answer as {@link TicketReads} says.
 * {@code asOf=<ISO instant>} gives the ticket as it was then, folded from its events (no ETag: it is not the current
 * representation).
 */
@RestController
class TicketDetailController {

    private final DetailReader reader;
    private final TicketHistoryAtInstant history;
    private final TicketReads reads;

    TicketDetailController(DetailReader reader, TicketHistoryAtInstant history, TicketReads reads) {
        this.reader = reader;
        this.history = history;
        this.reads = reads;
    }

    @GetMapping("/api/v1/tickets/{id}")
    ResponseEntity<TicketDetail> detail(@PathVariable String id,
                                        @RequestParam(required = false) String minVersion,
                                        @RequestParam(required = false) String asOf) {
        UUID ticketId = TicketIds.parse(id);
        Long min = Params.version("minVersion", minVersion);
        if (asOf != null) {
            if (min != null) {
                throw Params.invalid("Parameters 'asOf' and 'minVersion' cannot be combined.");
            }
            Instant at = Params.instant("asOf", asOf);
            return ResponseEntity.ok(history.detail(ticketId, at));
        }
        TicketDetail detail = reads.read(ticketId, min, reader::version, reader::detail);
        return ResponseEntity.ok().eTag("\"" + detail.ticket().version() + "\"").body(detail);
    }
}
