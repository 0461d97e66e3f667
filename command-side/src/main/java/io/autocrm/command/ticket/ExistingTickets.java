package io.autocrm.command.ticket;

import io.autocrm.events.common.TicketId;
import io.autocrm.events.ticket.TicketCreatedEvent;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** Reads what a ticket is from its event stream (not a read model): its number and its current API version. */
@Component
class ExistingTickets {

    private final EventStore eventStore;

    ExistingTickets(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The ticket with this id, if its stream exists and starts with its creation. */
    Optional<CreatedTicket> find(TicketId ticketId) {
        Optional<Long> lastSequenceNumber = eventStore.lastSequenceNumberFor(ticketId.toString());
        if (lastSequenceNumber.isEmpty()) {
            return Optional.empty();
        }
        DomainEventStream events = eventStore.readEvents(ticketId.toString(), 0);
        if (!events.hasNext()) {
            return Optional.empty();
        }
        DomainEventMessage<?> first = events.next();
        if (!(first.getPayload() instanceof TicketCreatedEvent created)) {
            return Optional.empty();
        }
        return Optional.of(new CreatedTicket(ticketId.toString(), created.number(), lastSequenceNumber.get() + 1));
    }
}
