package io.autocrm.platform.axon;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the event streams' readers (the pooled processors' coordinators) the moment new events reach this node's event
 * store, so that they fetch at once instead of polling every 500 ms, as they do with a stream that offers no
 * availability callback. One thread follows the head of the store on a stream of its own and, each time events
 * arrive, first takes all of them and then runs every registered callback.
 */
final class EventArrivals implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EventArrivals.class);
    private static final long RETRY_MILLIS = 1_000;

    private final Supplier<BlockingStream<TrackedEventMessage<?>>> headStream;
    private final Set<Runnable> callbacks = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;
    private Thread follower;

    /** @param headStream opens a stream from the store's current head */
    EventArrivals(Supplier<BlockingStream<TrackedEventMessage<?>>> headStream) {
        this.headStream = headStream;
    }

    /** Runs {@code callback} after every arrival of events until {@link #remove(Runnable)}. */
    void add(Runnable callback) {
        callbacks.add(callback);
        startFollowing();
    }

    void remove(Runnable callback) {
        callbacks.remove(callback);
    }

    /** Opens the first stream here, so that every event committed after the first {@link #add} causes a call. */
    private synchronized void startFollowing() {
        if (follower == null && !closed) {
            BlockingStream<TrackedEventMessage<?>> first = headStream.get();
            follower = Thread.ofPlatform().daemon().name("event-arrivals").start(() -> followUntilClosed(first));
        }
    }

    private void followUntilClosed(BlockingStream<TrackedEventMessage<?>> first) {
        BlockingStream<TrackedEventMessage<?>> next = first;
        while (!closed) {
            try (BlockingStream<TrackedEventMessage<?>> stream = next != null ? next : headStream.get()) {
                next = null;
                follow(stream);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (!closed) {
                    log.warn("Stopped following new events ({}); retrying", e.toString());
                    callbacks.forEach(EventArrivals::run);
                    pause();
                }
            }
        }
    }

    /** Takes every event available, then calls back, so that events arriving meanwhile cause another call. */
    private void follow(BlockingStream<TrackedEventMessage<?>> stream) throws InterruptedException {
        while (!closed) {
            if (stream.hasNextAvailable(1, TimeUnit.SECONDS)) {
                while (stream.hasNextAvailable()) {
                    stream.nextAvailable();
                }
                callbacks.forEach(EventArrivals::run);
            }
        }
    }

    private static void run(Runnable callback) {
        try {
            callback.run();
        } catch (RuntimeException e) {
            log.warn("An event-arrival callback failed: {}", e.toString());
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        callbacks.clear();
        if (follower != null) {
            follower.interrupt();
        }
    }
}
