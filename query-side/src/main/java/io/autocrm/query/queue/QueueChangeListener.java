package io.autocrm.query.queue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
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
 * and, while any queue stream is subscribed here, emits the ticket's current queue row to them. Each stream decides
 * for itself whether the row is news, or a ticket leaving its view. Reconnects after a database outage.
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
            } catch (SQLException e) {
                if (running) {
                    log.warn("Lost the queue-change notifications ({}); reconnecting", e.getMessage());
                    pause();
                }
            }
        }
    }

    private void listen(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + QueueChangeNotifier.CHANNEL);
        }
        PGConnection postgres = connection.unwrap(PGConnection.class);
        while (running) {
            PGNotification[] notifications = postgres.getNotifications(POLL_MILLIS);
            if (notifications != null && watched()) {
                for (PGNotification notification : notifications) {
                    deliver(notification.getParameter());
                }
            }
        }
    }

    private void deliver(String payload) {
        UUID ticketId = UUID.fromString(payload.substring(0, payload.indexOf(':')));
        reader.byId(ticketId).ifPresent(row -> emitter.emit(FindTicketQueueQuery.class, query -> true, row));
    }

    private boolean watched() {
        return emitter.activeSubscriptions().stream()
                .anyMatch(subscription -> subscription.getPayload() instanceof FindTicketQueueQuery);
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_DELAY);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
