package io.autocrm.platform.axon;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;

/**
 * A stream of the embedded event store that supports {@link #setOnAvailableCallback(Runnable)} (the embedded
 * store's own streams do not): the callback runs on each arrival of events ({@link EventArrivals}) until the stream
 * is closed. Everything else is the store's stream.
 */
final class CallingBackStream implements TrackingEventStream {

    private final TrackingEventStream delegate;
    private final EventArrivals arrivals;
    private volatile Runnable callback;

    CallingBackStream(TrackingEventStream delegate, EventArrivals arrivals) {
        this.delegate = delegate;
        this.arrivals = arrivals;
    }

    @Override
    public boolean setOnAvailableCallback(Runnable callback) {
        Runnable previous = this.callback;
        if (previous != null) {
            arrivals.remove(previous);
        }
        this.callback = callback;
        arrivals.add(callback);
        return true;
    }

    @Override
    public Optional<TrackedEventMessage<?>> peek() {
        return delegate.peek();
    }

    @Override
    public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
        return delegate.hasNextAvailable(timeout, unit);
    }

    @Override
    public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
        return delegate.nextAvailable();
    }

    @Override
    public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
        delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
    }

    @Override
    public void close() {
        Runnable current = callback;
        if (current != null) {
            arrivals.remove(current);
        }
        delegate.close();
    }
}
