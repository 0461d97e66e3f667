package io.autocrm.platform.axon;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the other nodes that this node has committed events ({@code NOTIFY autocrm_events, '<node id>'}), so that
 * their projections read them at once instead of at their event store's next poll. Off the committing thread: one
 * announcer thread sends one notification for all the commits made since its last one, in a transaction of its own
 * that need not wait for the disk (a lost notification only delays the other nodes until their next poll).
 */
final class CommitAnnouncer implements AutoCloseable {

    static final String CHANNEL = "autocrm_events";

    private static final Logger log = LoggerFactory.getLogger(CommitAnnouncer.class);

    /** This node (application context), so that its own listener ignores its own announcements. */
    private final String node = UUID.randomUUID().toString();
    private final DataSource dataSource;
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile boolean closed;
    private final Thread announcer;

    CommitAnnouncer(DataSource dataSource) {
        this.dataSource = dataSource;
        this.announcer = Thread.ofVirtual().name("event-commit-announcer").start(this::announceUntilClosed);
    }

    String node() {
        return node;
    }

    /** Called after each local commit of events; returns at once. */
    void committed() {
        if (!pending.getAndSet(true)) {
            LockSupport.unpark(announcer);
        }
    }

    private void announceUntilClosed() {
        while (!closed) {
            if (pending.getAndSet(false)) {
                announce();
            } else {
                LockSupport.park(this);
            }
        }
    }

    private void announce() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement();
                 PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
                statement.execute("SET LOCAL synchronous_commit TO off");
                notify.setString(1, CHANNEL);
                notify.setString(2, node);
                notify.execute();
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            log.debug("Could not announce committed events to other nodes: {}", e.toString());
        }
    }

    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(announcer);
    }
}
