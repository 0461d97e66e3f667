package io.autocrm.command.macro;

import io.autocrm.json.Jackson3Rules;
import io.autocrm.platform.database.ConfigurationHistory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Macros in {@code workspace.macro} with their use counted from {@code workspace.macro_use}. What a macro holds is
 * checked before it gets here ({@link MacroChecks}); who may change which is decided by {@link MacroAccess}.
 */
@Repository
class Macros {

    private static final String SELECT = """
            SELECT m.id, m.name, m.description, m.owner_id, m.shared, m.actions::text AS actions, m.created_at,
                   m.updated_at, COALESCE(u.uses, 0) AS uses, u.last_used_at
              FROM workspace.macro m
              LEFT JOIN (SELECT macro_id, count(*) AS uses, max(used_at) AS last_used_at
                           FROM workspace.macro_use GROUP BY macro_id) u ON u.macro_id = m.id""";
    /** A macro's actions as stored: ids as raw values, enums as keys (the one JSON rule list). */
    private static final JsonMapper JSON = JsonMapper.builder().addModule(Jackson3Rules.module()).build();

    private final JdbcClient jdbc;
    private final ConfigurationHistory history;

    Macros(JdbcClient jdbc, ConfigurationHistory history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    /** The macros {@code viewer} may use: their own and every shared one, by name. */
    List<Macro> visibleTo(UUID viewer) {
        return jdbc.sql(SELECT + " WHERE m.shared OR m.owner_id = :viewer ORDER BY lower(m.name), m.name, m.id")
                .param("viewer", viewer).query(this::macro).list();
    }

    /** The shared macros, most used first (then most recently used, then by name). */
    List<Macro> sharedByUse() {
        return jdbc.sql(SELECT + " WHERE m.shared ORDER BY uses DESC, u.last_used_at DESC NULLS LAST, lower(m.name), m.id")
                .query(this::macro).list();
    }

    Optional<Macro> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE m.id = :id").param("id", id).query(this::macro).optional();
    }

    Macro create(UUID owner, String name, String description, boolean shared, MacroActions actions) {
        UUID id = UUID.randomUUID();
        history.write(() -> jdbc.sql("""
                INSERT INTO workspace.macro (id, name, description, owner_id, shared, actions, updated_by)
                VALUES (:id, :name, :description, :owner, :shared, CAST(:actions AS jsonb), :owner)""")
                .param("id", id).param("name", name.strip()).param("description", blankAsNull(description))
                .param("owner", owner).param("shared", shared).param("actions", JSON.writeValueAsString(actions))
                .update());
        return find(id).orElseThrow();
    }

    Macro update(UUID id, UUID editor, String name, String description, boolean shared, MacroActions actions) {
        history.write(() -> jdbc.sql("""
                UPDATE workspace.macro SET name = :name, description = :description, shared = :shared,
                       actions = CAST(:actions AS jsonb), updated_at = now(), updated_by = :editor
                 WHERE id = :id""")
                .param("id", id).param("name", name.strip()).param("description", blankAsNull(description))
                .param("shared", shared).param("actions", JSON.writeValueAsString(actions)).param("editor", editor)
                .update());
        return find(id).orElseThrow(() -> new MacroNotFound(id));
    }

    void delete(UUID id) {
        history.write(() -> jdbc.sql("DELETE FROM workspace.macro WHERE id = :id").param("id", id).update());
    }

    /**
     * Counts one application: once per correlation id, however many commands it took. Its time is the events' clock
     * (Axon's, which the demo sets to its story's time), so "last used" agrees with the history.
     */
    void recordUse(UUID id, String correlationId, String usedBy) {
        jdbc.sql("""
                INSERT INTO workspace.macro_use (macro_id, correlation_id, used_by, used_at)
                SELECT id, :correlation, :usedBy, :usedAt FROM workspace.macro WHERE id = :id
                ON CONFLICT (macro_id, correlation_id) DO NOTHING""")
                .param("id", id).param("correlation", correlationId).param("usedBy", usedBy)
                .param("usedAt", java.sql.Timestamp.from(GenericEventMessage.clock.instant())).update();
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private Macro macro(ResultSet rs, int row) throws SQLException {
        return new Macro(rs.getString("id"), rs.getString("name"), rs.getString("description"),
                rs.getString("owner_id"), rs.getBoolean("shared"),
                JSON.readValue(rs.getString("actions"), MacroActions.class), rs.getLong("uses"),
                instant(rs.getTimestamp("last_used_at")), instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("updated_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
