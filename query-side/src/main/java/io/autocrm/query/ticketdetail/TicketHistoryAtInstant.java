package io.autocrm.query.ticketdetail;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import io.autocrm.query.web.TicketReads;
import io.autocrm.query.postgres.Times;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
        return folder.fold(eventsUpTo(ticketId, asOf)).map(t -> display.detail(t, linkedEntries(t, asOf)))
                .orElseThrow(() -> new DomainException(ErrorCode.TICKET_NOT_FOUND,
                        "Ticket " + ticketId + " did not exist at " + asOf + "."));
    }

    private List<? extends DomainEventMessage<?>> eventsUpTo(UUID ticketId, Instant asOf) {
        return reads.events(ticketId).stream().filter(event -> !Times.micros(event.getTimestamp()).isAfter(asOf))
                .toList();
    }

    /** The entries of the messages the ticket showed from other tickets' histories, from those tickets' events. */
    private List<MessageEntry> linkedEntries(FoldedTicket t, Instant asOf) {
        Set<UUID> origins = new LinkedHashSet<>();
        t.linkedMessages().values().forEach(origin -> origins.add(UUID.fromString(origin.ticketId())));
        List<MessageEntry> entries = new ArrayList<>();
        for (UUID origin : origins) {
            for (DomainEventMessage<?> event : eventsUpTo(origin, asOf)) {
                MessageEntry.of(event.getPayload(), event.getMetaData(), event.getTimestamp())
                        .filter(entry -> t.linkedMessages().containsKey(entry.id())).ifPresent(entries::add);
            }
        }
        return entries;
    }
}
