package io.autocrm.query.queue;

import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

/**
 * Tells live queues about row changes. Around a change of a ticket's row it reads the row before and after (only
 * while some stream is subscribed) and emits a {@link QueueChange} to every {@link FindTicketQueueQuery} whose filter
 * matches either. Inside a unit of work Axon emits after the projection's transaction commits.
 */
@Component
class QueueUpdates {

    private final QueryUpdateEmitter emitter;
    private final QueueReader reader;

    QueueUpdates(QueryUpdateEmitter emitter, QueueReader reader) {
        this.emitter = emitter;
        this.reader = reader;
    }

    /** Runs {@code change}, which reports whether it changed the row, and emits the change if anyone listens. */
    void apply(UUID ticketId, BooleanSupplier change) {
        boolean watched = watched();
        QueueItem before = watched ? reader.byId(ticketId).orElse(null) : null;
        if (change.getAsBoolean() && watched) {
            reader.byId(ticketId).ifPresent(after -> emit(new QueueChange(before, after)));
        }
    }

    private void emit(QueueChange change) {
        emitter.emit(FindTicketQueueQuery.class, query -> query.filter().matches(change.after())
                || change.before() != null && query.filter().matches(change.before()), change);
    }

    private boolean watched() {
        return emitter.activeSubscriptions().stream()
                .anyMatch(subscription -> subscription.getPayload() instanceof FindTicketQueueQuery);
    }
}
