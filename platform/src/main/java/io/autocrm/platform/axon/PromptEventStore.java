package io.autocrm.platform.axon;

import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

/**
 * Axon's embedded event store, made prompt for the projections that follow it. Axon's store reads new events from
 * the database when this node commits some and otherwise every {@code fetchDelay}; its streams cannot call back, so a
 * pooled processor looks for new events only every 500 ms. This store
 * <ul>
 * <li>gives streams that call back on each arrival of events ({@link CallingBackStream}, {@link EventArrivals}),</li>
 * <li>announces each local commit of events to the other nodes ({@code onLocalCommit}, see {@link CommitAnnouncer}),
 * </li>
 * <li>and reads at once when another node announces a commit ({@link #fetchNow()}, see {@link CommitListener}).</li>
 * </ul>
 */
class PromptEventStore extends EmbeddedEventStore {

    private final EventArrivals arrivals = new EventArrivals(() -> super.openStream(createHeadToken()));
    private final Runnable onLocalCommit;

    PromptEventStore(Builder builder, Runnable onLocalCommit) {
        super(builder);
        this.onLocalCommit = onLocalCommit;
    }

    @Override
    public TrackingEventStream openStream(TrackingToken trackingToken) {
        return new CallingBackStream(super.openStream(trackingToken), arrivals);
    }

    /** Reads new events from the database now rather than at the next poll: another node has committed some. */
    void fetchNow() {
        super.afterCommit(List.of());
    }

    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        super.afterCommit(events);
        if (!events.isEmpty()) {
            onLocalCommit.run();
        }
    }

    @Override
    public void shutDown() {
        arrivals.close();
        super.shutDown();
    }
}
