package io.autocrm.query.ticketdetail;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import io.autocrm.query.support.Params;
import io.autocrm.query.support.TicketIds;
import io.autocrm.query.support.VersionWaiter;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/tickets/{id}}: the ticket with its conversation and {@code ETag: "<version>"}.
 * {@code minVersion=<n>} waits (bounded by {@code autocrm.read.max-wait}) until the read model has applied version n,
 * else answers {@code read-model-behind}. {@code asOf=<ISO instant>} gives the ticket as it was then, folded from its
 * events (no ETag: it is not the current representation).
 */
@RestController
class TicketDetailController {

    private final DetailReader reader;
    private final TicketHistoryAtInstant history;
    private final VersionWaiter waiter;

    TicketDetailController(DetailReader reader, TicketHistoryAtInstant history, VersionWaiter waiter) {
        this.reader = reader;
        this.history = history;
        this.waiter = waiter;
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
        if (min != null) {
            awaitVersion(ticketId, min);
        }
        TicketDetail detail = reader.detail(ticketId).orElseThrow(() -> TicketIds.notFound(ticketId));
        return ResponseEntity.ok().eTag("\"" + detail.ticket().version() + "\"").body(detail);
    }

    private void awaitVersion(UUID ticketId, long min) {
        if (reader.version(ticketId) == 0 && !history.exists(ticketId)) {
            throw TicketIds.notFound(ticketId);
        }
        if (!waiter.awaitVersion(min, () -> reader.version(ticketId))) {
            throw new DomainException(ErrorCode.READ_MODEL_BEHIND, "The read model holds ticket " + ticketId
                    + " at version " + reader.version(ticketId) + ", not yet at version " + min + "; retry shortly.");
        }
    }
}
