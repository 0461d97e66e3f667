package io.autocrm.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The event store tells its streams' readers of new events at once. Both stores poll their storage only once an hour
 * here, so an event that arrives within the await's timeout arrived by the wake-up, never by a poll.
 */
class PromptEventStoreTest {

    private static final long HOUR = TimeUnit.HOURS.toMillis(1);

    private final InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
    private final AtomicInteger announced = new AtomicInteger();
    private final PromptEventStore store = store(announced::incrementAndGet);
    private final PromptEventStore otherNode = store(() -> { });

    @AfterEach
    void shutDown() {
        store.shutDown();
        otherNode.shutDown();
    }

    @Test
    void callsBackAStreamsReaderWhenEventsAreCommitted() throws InterruptedException {
        AtomicInteger callbacks = new AtomicInteger();
        try (TrackingEventStream stream = store.openStream(store.createHeadToken())) {
            assertThat(stream.setOnAvailableCallback(callbacks::incrementAndGet)).isTrue();
            assertThat(stream.hasNextAvailable()).isFalse();

            store.publish(GenericEventMessage.asEventMessage("first"));

            await().atMost(Duration.ofSeconds(10)).until(() -> callbacks.get() > 0);
            assertThat(stream.hasNextAvailable()).isTrue();
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("first");
        }
    }

    @Test
    void announcesEachLocalCommitOfEvents() {
        store.publish(GenericEventMessage.asEventMessage("first"));

        assertThat(announced).hasValue(1);
    }

    @Test
    void readsAnotherNodesEventsAtOnceWhenTold() throws InterruptedException {
        AtomicInteger callbacks = new AtomicInteger();
        try (TrackingEventStream stream = otherNode.openStream(otherNode.createHeadToken())) {
            stream.setOnAvailableCallback(callbacks::incrementAndGet);
            assertThat(stream.hasNextAvailable()).isFalse();
            store.publish(GenericEventMessage.asEventMessage("from the command node"));

            otherNode.fetchNow();

            await().atMost(Duration.ofSeconds(10)).until(() -> callbacks.get() > 0);
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("from the command node");
        }
    }

    @Test
    void stopsCallingBackAClosedStream() {
        AtomicInteger closedCallbacks = new AtomicInteger();
        AtomicInteger openCallbacks = new AtomicInteger();
        TrackingEventStream closed = store.openStream(store.createHeadToken());
        closed.setOnAvailableCallback(closedCallbacks::incrementAndGet);
        closed.close();
        try (TrackingEventStream open = store.openStream(store.createHeadToken())) {
            open.setOnAvailableCallback(openCallbacks::incrementAndGet);

            store.publish(GenericEventMessage.asEventMessage("first"));

            await().atMost(Duration.ofSeconds(10)).until(() -> openCallbacks.get() > 0);
            assertThat(closedCallbacks).hasValue(0);
        }
    }

    private PromptEventStore store(Runnable onLocalCommit) {
        return new PromptEventStore(EmbeddedEventStore.builder().storageEngine(storage).fetchDelay(HOUR),
                onLocalCommit);
    }
}
