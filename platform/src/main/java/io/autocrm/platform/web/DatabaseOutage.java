package io.autocrm.platform.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises a failure caused by the database being unreachable, however deeply Axon, Spring or the pool wrapped it:
 * a connection-class SQL state (08xxx), an administrator shutdown (57P01-57P03), a pool timeout behind which the pool
 * failed to connect, a refused socket, or the use of a connection the pool has already closed because it broke.
 * A pool timeout with no failed connection behind it is not an outage but a busy service ({@link #busy}): every
 * connection was in use for the whole connection timeout.
 */
public final class DatabaseOutage {

    /**
     * HikariCP's message (without an SQL state) for any use of a connection it closed after the connection broke; a
     * caller that swallowed the first failure (Axon, when a snapshot read fails) then meets this one.
     */
    static final String POOL_CLOSED_CONNECTION = "Connection is closed";

    /** What a client is told when the pool stayed exhausted, and how many seconds it should wait before retrying. */
    public static final String BUSY_DETAIL = "The service is too busy to take this request now; retry shortly.";
    public static final String BUSY_RETRY_AFTER = "2";

    private DatabaseOutage() {
    }

    /** The database is unreachable; false for a {@link #busy} pool. */
    public static boolean causedBy(Throwable failure) {
        if (busy(failure)) {
            return false;
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && (connectionState(sql.getSQLState())
                    || sql.getSQLState() == null && POOL_CLOSED_CONNECTION.equals(sql.getMessage()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The pool had no free connection within its connection timeout, while the database was reachable: HikariCP then
     * times out with neither a cause nor an SQL state (it attaches its last failure to connect when there was one).
     */
    public static boolean busy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException timeout && timeout.getCause() == null
                    && timeout.getSQLState() == null && timeout.getNextException() == null) {
                return true;
            }
        }
        return false;
    }

    private static boolean connectionState(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("57P0"));
    }
}
