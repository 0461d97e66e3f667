package io.autocrm.query.confighistory;

import io.autocrm.query.confighistory.ConfigChange.FieldChange;
import io.autocrm.query.postgres.Json;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads {@code audit.config_change}, newest first, with the agents' and API keys' current names. */
@Repository
class ConfigHistory {

    private static final String SELECT = """
            SELECT c.id, c.occurred_at, c.actor, coalesce(a.name, k.name) AS actor_name, c.entity_kind, c.entity_key,
                   c.operation, c.old_value::text AS old_value, c.new_value::text AS new_value, c.changed_secrets
              FROM audit.config_change c
              LEFT JOIN directory.agent a ON c.actor = 'user:' || a.id
              LEFT JOIN identity.api_key k ON c.actor = 'api_key:' || k.id
             WHERE (CAST(:kind AS text) IS NULL OR c.entity_kind = :kind)
               AND (CAST(:key AS text) IS NULL OR c.entity_key = :key)
               AND (CAST(:actor AS text) IS NULL OR c.actor = :actor OR c.actor LIKE :actor || ':%')
               AND (CAST(:from AS timestamptz) IS NULL OR c.occurred_at >= :from)
               AND (CAST(:to AS timestamptz) IS NULL OR c.occurred_at < :to)
               AND (CAST(:before AS bigint) IS NULL OR c.id < :before)
               AND (CAST(:text AS text) IS NULL OR strpos(lower(concat_ws(' ', c.entity_key, c.actor, a.name, k.name,
                        c.old_value::text, c.new_value::text)), lower(:text)) > 0)
             ORDER BY c.id DESC
             LIMIT :limit""";
    private static final String KINDS = """
            SELECT n.nspname || '.' || c.relname FROM pg_trigger t
              JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE t.tgname = 'config_history' ORDER BY 1""";

    private final JdbcClient jdbc;

    ConfigHistory(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    ConfigChangePage page(ConfigHistoryFilter filter) {
        List<ConfigChange> rows = jdbc.sql(SELECT).param("kind", filter.kind()).param("key", filter.key())
                .param("actor", filter.actor())
                .param("from", filter.from() == null ? null : Timestamp.from(filter.from()))
                .param("to", filter.to() == null ? null : Timestamp.from(filter.to()))
                .param("before", filter.before()).param("text", filter.text()).param("limit", filter.limit() + 1)
                .query(ConfigHistory::change).list();
        boolean more = rows.size() > filter.limit();
        List<ConfigChange> page = more ? rows.subList(0, filter.limit()) : rows;
        return new ConfigChangePage(page, more ? Long.toString(page.getLast().id()) : null);
    }

    /** The tables whose changes are recorded. */
    List<String> kinds() {
        return jdbc.sql(KINDS).query(String.class).list();
    }

    private static ConfigChange change(ResultSet rs, int row) throws SQLException {
        return new ConfigChange(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                rs.getString("actor_name"), rs.getString("entity_kind"), rs.getString("entity_key"),
                rs.getString("operation"),
                changes(object(rs.getString("old_value")), object(rs.getString("new_value")),
                        secrets(rs.getArray("changed_secrets"))));
    }

    /** Field by field: every field that differs (on insert and delete, every field with a value), then secrets. */
    static List<FieldChange> changes(Map<String, Object> before, Map<String, Object> after, List<String> secrets) {
        List<FieldChange> changes = new ArrayList<>();
        TreeSet<String> fields = new TreeSet<>(before.keySet());
        fields.addAll(after.keySet());
        for (String field : fields) {
            Object old = before.get(field);
            Object now = after.get(field);
            if (!Objects.equals(old, now)) {
                changes.add(new FieldChange(field, old, now, false));
            }
        }
        for (String secret : secrets) {
            changes.add(new FieldChange(secret, null, null, true));
        }
        return changes;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(String json) {
        return json == null ? Map.of() : new LinkedHashMap<String, Object>(Json.read(json, Map.class));
    }

    private static List<String> secrets(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
