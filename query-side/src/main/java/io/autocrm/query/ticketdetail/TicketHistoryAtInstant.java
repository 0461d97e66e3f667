package io.autocrm.query.ticketdetail;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import io.autocrm.query.web.TicketReads;
import io.autocrm.query.postgres.Times;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

/**
 * Time travel: a ticket as it was at an instant, folded from its events in the event store (all of them from the
 * first, never from a snapshot) that happened at or before that instant. Event times count at the microsecond
 * precision the API shows, so asking "as of" a time the API returned includes the event that produced it.
 */
@Component
class TicketHistoryAtInstant {

    private final TicketReads reads;
    private final FoldedTicketDisplay display;
    private final TicketFolder folder = new TicketFolder();

    TicketHistoryAtInstant(TicketReads reads, FoldedTicketDisplay display) {
        this.reads = reads;
        this.display = display;
    }

    /** The ticket at {@code asOf}; {@code ticket-not-found} for an id without a ticket or before its creation. */
    TicketDetail detail(UUID ticketId, Instant asOf) {
        List<? extends DomainEventMessage<?>> events = reads.events(ticketId).stream()
                .filter(event -> !Times.micros(event.getTimestamp()).isAfter(asOf)).toList();
        return folder.fold(events).map(display::detail).orElseThrow(() -> new DomainException(
                ErrorCode.TICKET_NOT_FOUND, "Ticket " + ticketId + " did not exist at " + asOf + "."));
    }
}
