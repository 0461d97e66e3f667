package io.autocrm.command.ticket;

import io.autocrm.events.common.TicketId;
import io.autocrm.events.ticket.TicketCreatedEvent;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Reads what a ticket is from its event stream (not a read model): its number and its current API version. It reads
 * the event store itself, not through the ticket repository that ignores other aggregates' events, so it checks that
 * the stream is a ticket's.
 */
@Component
class ExistingTickets {

    private final EventStore eventStore;

    ExistingTickets(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The ticket with this id, if its stream exists and starts with its creation. */
    Optional<CreatedTicket> find(TicketId ticketId) {
        DomainEventStream events = eventStore.readEvents(ticketId.toString(), 0);
        if (!events.hasNext() || !(events.peek().getPayload() instanceof TicketCreatedEvent created)) {
            return Optional.empty();
        }
        long version = eventStore.lastSequenceNumberFor(ticketId.toString()).orElseThrow() + 1;
        return Optional.of(new CreatedTicket(ticketId.toString(), created.number(), version));
    }
}
