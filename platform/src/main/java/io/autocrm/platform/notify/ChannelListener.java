package io.autocrm.platform.notify;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens to one PostgreSQL {@code NOTIFY} channel on a connection of its own, on a virtual thread, and hands each
 * batch of notifications to a consumer. Survives database outages and failing consumers: it logs, reconnects after a
 * pause and goes on; the connection goes back to the pool without the {@code LISTEN}. Whatever was notified while the
 * connection was lost is gone: once it listens again, it calls the {@code resumed} callback, so that its owner can
 * make up for what it may have missed by reading the current state.
 */
public final class ChannelListener {

    private static final Logger log = LoggerFactory.getLogger(ChannelListener.class);
    private static final int WAIT_MILLIS = 500;
    private static final Duration RECONNECT_DELAY = Duration.ofSeconds(2);

    private final DataSource dataSource;
    private final String channel;
    private final String threadName;
    private final Consumer<PGNotification[]> consumer;
    private final Runnable resumed;
    private volatile boolean running;
    private boolean lost;
    private Thread thread;

    /** {@code channel} must be a plain SQL identifier; {@code consumer} gets non-empty batches only. */
    public ChannelListener(DataSource dataSource, String channel, String threadName,
                           Consumer<PGNotification[]> consumer) {
        this(dataSource, channel, threadName, consumer, () -> { });
    }

    /**
     * @param resumed called on the listening thread each time it listens again after a lost connection (not on the
     *                first start), before any later notification is consumed
     */
    public ChannelListener(DataSource dataSource, String channel, String threadName,
                           Consumer<PGNotification[]> consumer, Runnable resumed) {
        if (!channel.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain channel name: " + channel);
        }
        this.dataSource = dataSource;
        this.channel = channel;
        this.threadName = threadName;
        this.consumer = consumer;
        this.resumed = resumed;
    }

    public synchronized void start() {
        running = true;
        thread = Thread.ofVirtual().name(threadName).start(this::listenUntilStopped);
    }

    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    public boolean isRunning() {
        return running;
    }

    private void listenUntilStopped() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                listen(connection);
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Lost the notifications of channel {} ({}); reconnecting", channel, e.getMessage());
                    lost = true;
                    pause();
                }
            }
        }
    }

    private void listen(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        execute(connection, "LISTEN " + channel);
        try {
            if (lost) {
                lost = false;
                log.info("Listening to channel {} again", channel);
                resume();
            }
            PGConnection postgres = connection.unwrap(PGConnection.class);
            while (running) {
                PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
                if (notifications != null && notifications.length > 0) {
                    consumer.accept(notifications);
                }
            }
        } finally {
            execute(connection, "UNLISTEN *");
        }
    }

    /** A failing callback costs its own catch-up, never the listener. */
    private void resume() {
        try {
            resumed.run();
        } catch (RuntimeException e) {
            log.warn("Could not catch up on channel {} after reconnecting: {}", channel, e.getMessage());
        }
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
