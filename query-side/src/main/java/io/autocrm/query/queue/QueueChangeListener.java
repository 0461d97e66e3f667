package io.autocrm.query.queue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Feeds this node's live queues: listens for {@link QueueChangeNotifier}'s notifications on a dedicated connection
 * and, while any queue stream is subscribed here, reads the changed tickets' current rows (one query per batch of
 * notifications) and emits them. Each stream decides for itself whether a row is news, or a ticket leaving its view.
 * Survives bad notifications and database outages: it logs, reconnects and goes on.
 */
@Component
class QueueChangeListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(QueueChangeListener.class);
    private static final int POLL_MILLIS = 500;
    private static final Duration RECONNECT_DELAY = Duration.ofSeconds(2);

    private final DataSource dataSource;
    private final QueueReader reader;
    private final QueryUpdateEmitter emitter;
    private volatile boolean running;
    private Thread thread;

    QueueChangeListener(DataSource dataSource, QueueReader reader, QueryUpdateEmitter emitter) {
        this.dataSource = dataSource;
        this.reader = reader;
        this.emitter = emitter;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = Thread.ofVirtual().name("queue-change-listener").start(this::listenUntilStopped);
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listenUntilStopped() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                listen(connection);
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Lost the queue-change notifications ({}); reconnecting", e.getMessage());
                    pause();
                }
            }
        }
    }

    /** Listens until stopped; the connection goes back to the pool without the LISTEN. */
    private void listen(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        execute(connection, "LISTEN " + QueueChangeNotifier.CHANNEL);
        try {
            PGConnection postgres = connection.unwrap(PGConnection.class);
            while (running) {
                PGNotification[] notifications = postgres.getNotifications(POLL_MILLIS);
                if (notifications != null && watched()) {
                    deliver(ticketIds(notifications));
                }
            }
        } finally {
            execute(connection, "UNLISTEN *");
        }
    }

    /** Emits the current rows of the changed tickets; a failure costs this batch, never the listener. */
    private void deliver(Set<UUID> ticketIds) {
        try {
            reader.byIds(ticketIds).forEach(row -> emitter.emit(FindTicketQueueQuery.class, query -> true, row));
        } catch (RuntimeException e) {
            log.warn("Could not pass {} queue changes to live streams: {}", ticketIds.size(), e.getMessage());
        }
    }

    /** The distinct ticket ids of a batch; payloads that are not ticket ids (anyone may NOTIFY) are skipped. */
    static Set<UUID> ticketIds(PGNotification[] notifications) {
        Set<UUID> ids = new LinkedHashSet<>();
        Arrays.stream(notifications).map(PGNotification::getParameter).forEach(payload -> {
            try {
                ids.add(UUID.fromString(payload));
            } catch (IllegalArgumentException | NullPointerException e) {
                log.warn("Ignored a queue-change notification that names no ticket");
            }
        });
        return ids;
    }

    private boolean watched() {
        return emitter.activeSubscriptions().stream()
                .anyMatch(subscription -> subscription.getPayload() instanceof FindTicketQueueQuery);
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_DELAY);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
