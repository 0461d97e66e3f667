package io.autocrm.query.queue;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Ends every live stream of this node when the node shuts down. A stream never ends by itself, so the web server's
 * graceful shutdown would otherwise wait its whole timeout for them and then cut them off; ended cleanly, their
 * clients reconnect at once (to another node behind a load balancer) and get a fresh snapshot. Its phase is the
 * highest, so it stops first: before the web server's graceful shutdown starts waiting for requests to end.
 */
@Component
public class StreamsClosing implements SmartLifecycle {

    private final Sinks.One<Boolean> closing = Sinks.one();
    private volatile boolean running;

    /** Emits once the node is shutting down; at once for a stream that opens after that. */
    public Mono<Boolean> signal() {
        return closing.asMono();
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        closing.tryEmitValue(Boolean.TRUE);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
