package io.autocrm.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL for tests: the server at 127.0.0.1:5432 when one answers there (trust auth, user postgres),
 * otherwise one embedded server started once per JVM. Each {@link #freshDatabase()} is a new, empty database, so
 * test classes never see each other's rows.
 */
public final class TestPostgres {

    private static final String LOCAL_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final java.util.List<String> CREATED = new java.util.ArrayList<>();
    private static String adminUrlPrefix;
    private static EmbeddedPostgres embedded;

    private TestPostgres() {
    }

    /** Creates a new empty database and returns its JDBC URL (user postgres, no password). */
    public static synchronized String freshDatabase() {
        String prefix = serverUrlPrefix();
        // Unique across machines and containers that share one server (process ids repeat there): never drop a name
        // another test run may be using.
        String name = "autocrm_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet() + "_"
                + java.util.UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = DriverManager.getConnection(prefix + "postgres", "postgres", "")) {
            c.createStatement().execute("CREATE DATABASE " + name);
            CREATED.add(name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return prefix + name;
    }

    /** A fresh database with the core and read-model migrations applied. */
    public static DataSource freshMigratedDataSource() {
        DataSource ds = dataSource(freshDatabase());
        migrate(ds);
        return ds;
    }

    public static DataSource dataSource(String url) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(url);
        ds.setUser("postgres");
        return ds;
    }

    /** Applies the same migrations, with the same settings, as the application. */
    public static void migrate(DataSource ds) {
        Flyway.configure().dataSource(ds).locations("classpath:db/core")
                .schemas("events", "pii", "directory").createSchemas(true).table("flyway_history")
                .load().migrate();
        Flyway.configure().dataSource(ds).locations("classpath:db/readmodel")
                .schemas("read_model").createSchemas(true).table("flyway_history")
                .load().migrate();
    }

    private static String serverUrlPrefix() {
        if (adminUrlPrefix != null) {
            return adminUrlPrefix;
        }
        if (localServerAnswers()) {
            adminUrlPrefix = "jdbc:postgresql://127.0.0.1:5432/";
            Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::dropCreatedDatabases));
        } else {
            try {
                embedded = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("no PostgreSQL at 127.0.0.1:5432 and the embedded one did not start", e);
            }
            adminUrlPrefix = "jdbc:postgresql://localhost:" + embedded.getPort() + "/";
            Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::closeEmbedded));
        }
        return adminUrlPrefix;
    }

    private static boolean localServerAnswers() {
        if (Boolean.getBoolean("autocrm.test.embedded")) {
            return false;
        }
        try (Connection ignored = DriverManager.getConnection(LOCAL_URL + "?connectTimeout=2", "postgres", "")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Leaves the shared local server as it was found: the databases this JVM created go with it. */
    private static synchronized void dropCreatedDatabases() {
        try (Connection c = DriverManager.getConnection(adminUrlPrefix + "postgres", "postgres", "")) {
            for (String name : CREATED) {
                c.createStatement().execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        } catch (SQLException e) {
            System.err.println("could not drop test databases " + CREATED + ": " + e.getMessage());
        }
    }

    private static void closeEmbedded() {
        try {
            embedded.close();
        } catch (IOException ignored) {
            // the JVM is going away
        }
    }
}
