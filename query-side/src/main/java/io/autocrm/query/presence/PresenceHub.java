package io.autocrm.query.presence;

import io.autocrm.query.support.ChannelListener;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/**
 * Feeds this node's presence streams. Listens on {@value PresenceStore#CHANNEL} (every node's heartbeats announce
 * their ticket there) and, for a ticket that streams on this node watch, reads who is on it and passes that on; every
 * {@code autocrm.presence.sweep} it reads the watched tickets again, so that expired heartbeats leave the streams, and
 * forgets expired rows. After a lost database connection it reads every watched ticket again.
 */
@Component
class PresenceHub implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PresenceHub.class);

    private final PresenceStore store;
    private final Duration sweep;
    private final ChannelListener listener;
    private final Map<UUID, Watched> watched = new ConcurrentHashMap<>();
    private Disposable sweeping;

    /** The streams of one ticket on this node: how many, and their shared feed. */
    private record Watched(int streams, Sinks.Many<TicketPresence> feed) {
    }

    PresenceHub(DataSource dataSource, PresenceStore store, PresenceProperties properties) {
        this.store = store;
        this.sweep = properties.sweep();
        this.listener = new ChannelListener(dataSource, PresenceStore.CHANNEL, "presence-listener",
                notifications -> Arrays.stream(notifications).map(PGNotification::getParameter)
                        .map(PresenceHub::ticketId).filter(Objects::nonNull).distinct().forEach(this::refresh),
                () -> watched.keySet().forEach(this::refresh));
    }

    /** Who is on the ticket now, then whenever that changes, until the subscriber cancels. */
    Flux<TicketPresence> watch(UUID ticketId) {
        return Flux.defer(() -> {
            Watched feed = watched.compute(ticketId, (id, w) -> w == null
                    ? new Watched(1, Sinks.many().multicast().directBestEffort()) : new Watched(w.streams() + 1, w.feed()));
            return Flux.concat(Flux.defer(() -> Flux.just(store.on(ticketId)))
                            .subscribeOn(Schedulers.boundedElastic()), feed.feed().asFlux())
                    .distinctUntilChanged()
                    .doFinally(signal -> watched.computeIfPresent(ticketId,
                            (id, w) -> w.streams() <= 1 ? null : new Watched(w.streams() - 1, w.feed())));
        });
    }

    private void refresh(UUID ticketId) {
        Watched feed = watched.get(ticketId);
        if (feed == null) {
            return;
        }
        try {
            feed.feed().tryEmitNext(store.on(ticketId));
        } catch (RuntimeException e) {
            log.warn("Could not read the presence on ticket {}: {}", ticketId, e.getMessage());
        }
    }

    private void sweep() {
        try {
            store.forgetExpired();
        } catch (RuntimeException e) {
            log.warn("Could not forget expired presence: {}", e.getMessage());
        }
        watched.keySet().forEach(this::refresh);
    }

    private static UUID ticketId(String payload) {
        try {
            return UUID.fromString(payload);
        } catch (IllegalArgumentException | NullPointerException e) {
            log.warn("Ignored a presence notification that names no ticket");
            return null;
        }
    }

    @Override
    public synchronized void start() {
        listener.start();
        sweeping = Flux.interval(sweep, sweep, Schedulers.boundedElastic()).subscribe(tick -> sweep());
    }

    @Override
    public synchronized void stop() {
        listener.stop();
        if (sweeping != null) {
            sweeping.dispose();
        }
    }

    @Override
    public boolean isRunning() {
        return listener.isRunning();
    }
}
