package io.autocrm.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.common.jdbc.JdbcException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseOutageTest {

    @Test
    void recognisesAnOutageWrappedByAxon() {
        var refused = new SQLException("Connection refused", "08001", new ConnectException("refused"));
        assertThat(DatabaseOutage.causedBy(new CommandExecutionException("failed",
                new EventStoreException("append failed", refused)))).isTrue();
        var refusedAgain = new SQLException("Connection refused", "08001");
        assertThat(DatabaseOutage.causedBy(new IllegalStateException(
                new SQLTransientConnectionException("pool timed out", "08001", refusedAgain)))).isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException("terminating connection", "57P01"))).isTrue();
    }

    @Test
    void recognisesAConnectionThePoolClosedAfterItBroke() {
        var closedByPool = new SQLException("Connection is closed");
        assertThat(DatabaseOutage.causedBy(new JdbcException("Failed to create a SQL statement", closedByPool)))
                .isTrue();
    }

    /** HikariCP times out without a cause when every connection stayed in use: overload, not an outage. */
    @Test
    void tellsAnExhaustedPoolFromAnOutage() {
        var exhausted = new SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available, request timed out after 5000ms (total=20, active=20)");
        var wrapped = new CannotCreateTransactionException("Could not open JDBC Connection for transaction", exhausted);
        assertThat(DatabaseOutage.busy(wrapped)).isTrue();
        assertThat(DatabaseOutage.causedBy(wrapped)).isFalse();
        assertThat(DatabaseOutage.busy(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                exhausted))).isTrue();

        var refused = new SQLException("Connection refused", "08001");
        var unreachable = new SQLTransientConnectionException("timed out", "08001", refused);
        assertThat(DatabaseOutage.busy(unreachable)).isFalse();
        assertThat(DatabaseOutage.causedBy(unreachable)).isTrue();
    }

    @Test
    void leavesOtherFailuresAlone() {
        assertThat(DatabaseOutage.causedBy(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseOutage.causedBy(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(DatabaseOutage.busy(new SQLException("duplicate key", "23505"))).isFalse();
    }
}
