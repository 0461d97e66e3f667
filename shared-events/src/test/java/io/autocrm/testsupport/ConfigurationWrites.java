package io.autocrm.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * For fixtures that write configuration tables with plain SQL: as the application does, in one transaction that names
 * its actor first (the history triggers of core migration V19 refuse a change without one). Recorded as
 * {@value #ACTOR}.
 */
public final class ConfigurationWrites {

    public static final String ACTOR = "system:test-fixture";

    private ConfigurationWrites() {
    }

    public static void write(DataSource dataSource, Consumer<JdbcClient> write) {
        write(dataSource, ACTOR, jdbc -> {
            write.accept(jdbc);
            return null;
        });
    }

    /** Runs {@code write} in a transaction that names {@code actor}, and commits it. */
    public static <T> T write(DataSource dataSource, String actor, Function<JdbcClient, T> write) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
                jdbc.sql("SELECT set_config('autocrm.actor', ?, true)").param(actor).query(String.class).single();
                T result = write.apply(jdbc);
                connection.commit();
                return result;
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
