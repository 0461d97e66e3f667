package io.autocrm.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void recognisesAnOutageWrappedByAxon() {
        var refused = new SQLException("Connection refused", "08001", new ConnectException("refused"));
        assertThat(DatabaseOutage.causedBy(new CommandExecutionException("failed",
                new EventStoreException("append failed", refused)))).isTrue();
        assertThat(DatabaseOutage.causedBy(new IllegalStateException(
                new SQLTransientConnectionException("pool timed out")))).isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException("terminating connection", "57P01"))).isTrue();
    }

    @Test
    void leavesOtherFailuresAlone() {
        assertThat(DatabaseOutage.causedBy(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseOutage.causedBy(new SQLException("duplicate key", "23505"))).isFalse();
    }
}
