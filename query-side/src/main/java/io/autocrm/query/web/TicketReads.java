package io.autocrm.query.web;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import io.autocrm.events.ticket.TicketCreatedEvent;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Reads of one ticket with the answers the API promises, the event store deciding what exists: an id whose stream is
 * absent or does not start with a {@link TicketCreatedEvent} (a customer's, say) is {@code ticket-not-found}; a
 * {@code minVersion} beyond the ticket's latest version (last sequence number + 1) is {@code validation-failed}, as it
 * cannot arrive (a write reports its version only once stored); a ticket the read model has not caught up with in
 * time, or not projected at all yet, is {@code read-model-behind}.
 */
@Component
public class TicketReads {

    private final EventStore eventStore;
    private final VersionWaiter waiter;

    public TicketReads(EventStore eventStore, VersionWaiter waiter) {
        this.eventStore = eventStore;
        this.waiter = waiter;
    }

    /**
     * A ticket's view from a read model, once that model holds {@code minVersion} (if given; waits, bounded). The event
     * store is consulted only when the read model falls short, and then once.
     *
     * @param version reads the version the read model holds for a ticket (0 when none)
     * @param find    reads the ticket's view (empty when the read model has none)
     */
    public <T> T read(UUID ticketId, Long minVersion, ToLongFunction<UUID> version,
                      Function<UUID, Optional<T>> find) {
        if (minVersion != null && version.applyAsLong(ticketId) < minVersion) {
            awaitVersion(ticketId, minVersion, version);
        }
        return find.apply(ticketId).orElseThrow(() -> notProjectedYet(ticketId));
    }

    /** Every event of a ticket, oldest first, from the first (never from a snapshot). */
    public List<? extends DomainEventMessage<?>> events(UUID ticketId) {
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(ticketId.toString(), 0L).asStream()
                .toList();
        if (events.isEmpty() || !isCreation(events.getFirst())) {
            throw TicketIds.notFound(ticketId);
        }
        return events;
    }

    private void awaitVersion(UUID ticketId, long minVersion, ToLongFunction<UUID> version) {
        long latest = requireTicket(ticketId);
        if (minVersion > latest) {
            throw Params.invalid("minVersion " + minVersion + " is beyond the ticket's latest version " + latest
                    + ".");
        }
        if (!waiter.awaitVersion(minVersion, () -> version.applyAsLong(ticketId))) {
            throw behind(ticketId, version, minVersion);
        }
    }

    /** The ticket's latest version (its last sequence number + 1), or {@code ticket-not-found}. */
    private long requireTicket(UUID ticketId) {
        Optional<Long> last = eventStore.lastSequenceNumberFor(ticketId.toString());
        if (last.isEmpty() || !startsWithCreation(ticketId)) {
            throw TicketIds.notFound(ticketId);
        }
        return last.get() + 1;
    }

    private boolean startsWithCreation(UUID ticketId) {
        DomainEventStream stream = eventStore.readEvents(ticketId.toString(), 0L);
        return stream.hasNext() && isCreation(stream.peek());
    }

    /** By payload type, so the first event is not deserialized. */
    private static boolean isCreation(DomainEventMessage<?> first) {
        return TicketCreatedEvent.class.isAssignableFrom(first.getPayloadType());
    }

    /** A read-model miss: {@code read-model-behind} for a ticket the event store has, else not found. */
    private DomainException notProjectedYet(UUID ticketId) {
        requireTicket(ticketId);
        return new DomainException(ErrorCode.READ_MODEL_BEHIND, "The read model does not hold ticket " + ticketId
                + " yet; retry shortly.");
    }

    private static DomainException behind(UUID ticketId, ToLongFunction<UUID> version, long minVersion) {
        return new DomainException(ErrorCode.READ_MODEL_BEHIND, "The read model holds ticket " + ticketId
                + " at version " + version.applyAsLong(ticketId) + ", not yet at version " + minVersion
                + "; retry shortly.");
    }
}
