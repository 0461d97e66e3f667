package io.autocrm.app.drills;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Direct reads of a drill's database: the event store as stored, and every read-model row. */
final class DrillDatabase {

    private final String url;

    DrillDatabase(String url) {
        this.url = url;
    }

    String url() {
        return url;
    }

    /** The payload types of an aggregate's events, indexed by sequence number (a gap would show as a shorter list). */
    List<String> eventTypes(String aggregateId) {
        return strings("""
                SELECT payload_type FROM events.domain_event_entry WHERE aggregate_identifier = ?
                ORDER BY sequence_number""", aggregateId);
    }

    /** How many events of the given simple type an aggregate has. */
    long count(String aggregateId, String simpleType) {
        return eventTypes(aggregateId).stream().filter(type -> type.endsWith("." + simpleType)).count();
    }

    /** The ids of every ticket stream in the store (streams that start with a TicketCreatedEvent). */
    List<String> ticketIds() {
        return strings("""
                SELECT aggregate_identifier FROM events.domain_event_entry
                WHERE sequence_number = 0 AND payload_type LIKE '%.TicketCreatedEvent' ORDER BY 1""");
    }

    /** Token rows per processor: how many segments each processor has. */
    Map<String, Long> segmentsPerProcessor() {
        Map<String, Long> segments = new LinkedHashMap<>();
        query("SELECT processor_name, count(*) FROM read_model.token_entry GROUP BY 1",
                rs -> segments.put(rs.getString(1), rs.getLong(2)));
        return segments;
    }

    /**
     * Every row of every read-model table, sorted, as text: the same comparison as the rebuild test makes. Tokens,
     * dead letters, deferred indexes and Flyway's history are bookkeeping, not read models.
     */
    Map<String, List<String>> readModelRows() {
        List<String> tables = strings("""
                SELECT table_schema || '.' || table_name FROM information_schema.tables
                WHERE table_schema = 'read_model' AND table_type = 'BASE TABLE'
                  AND table_name NOT IN ('token_entry', 'dead_letter_entry', 'deferred_index', 'flyway_history')
                ORDER BY 1""");
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String table : tables) {
            rows.put(table, strings("SELECT t::text FROM " + table + " t ORDER BY 1"));
        }
        return rows;
    }

    long scalar(String sql, Object... params) {
        List<Long> values = new ArrayList<>();
        query(sql, rs -> values.add(rs.getLong(1)), params);
        return values.getFirst();
    }

    List<String> strings(String sql, Object... params) {
        List<String> values = new ArrayList<>();
        query(sql, rs -> values.add(rs.getString(1)), params);
        return values;
    }

    private void query(String sql, RowHandler handler, Object... params) {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    handler.row(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @FunctionalInterface
    private interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }
}
