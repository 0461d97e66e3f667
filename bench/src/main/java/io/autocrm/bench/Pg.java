package io.autocrm.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** Plain JDBC to the local PostgreSQL: the benchmark database, its creation, and the baselines' connections. */
final class Pg {

    private final Options options;

    Pg(Options options) {
        this.options = options;
    }

    String url() {
        return options.jdbcUrl(options.database());
    }

    Connection connect() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        p.setProperty("ApplicationName", "autocrm-bench");
        return DriverManager.getConnection(url(), p);
    }

    boolean databaseExists() throws SQLException {
        try (Connection c = DriverManager.getConnection(options.jdbcUrl("postgres"), "postgres", "");
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT 1 FROM pg_database WHERE datname = '" + options.database() + "'")) {
            return rs.next();
        }
    }

    void recreateDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection(options.jdbcUrl("postgres"), "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + options.database() + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + options.database());
        }
    }

    /** A one-value query on the server's {@code postgres} database (works before the benchmark database exists). */
    String queryServer(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(options.jdbcUrl("postgres"), "postgres", "");
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    long queryLong(String sql) throws SQLException {
        try (Connection c = connect(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    String queryString(String sql) throws SQLException {
        try (Connection c = connect(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    void execute(String... statements) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
