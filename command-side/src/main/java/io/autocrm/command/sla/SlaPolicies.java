package io.autocrm.command.sla;

import io.autocrm.command.calendar.CalendarReferences;
import io.autocrm.events.common.CalendarId;
import io.autocrm.platform.database.ConfigurationHistory;
import io.autocrm.command.rules.Conditions;
import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import io.autocrm.json.Jackson3Rules;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * SLA policies in {@code directory.sla_policy}, in order, with every saved version in
 * {@code directory.sla_policy_version}. Each save raises the version by one; nothing rewrites an older version.
 */
@Repository
class SlaPolicies implements CalendarReferences {

    private static final JsonMapper JSON = JsonMapper.builder().addModule(Jackson3Rules.module()).build();
    private static final String SELECT = """
            SELECT id, name, position, active, conditions::text AS conditions, calendar_id, warning_percent,
                   notes_fulfil_replies, targets::text AS targets, clocks::text AS clocks, version, created_at,
                   updated_at
              FROM directory.sla_policy""";

    private final JdbcClient jdbc;

    private final ConfigurationHistory history;

    private volatile boolean everSaved;

    SlaPolicies(JdbcClient jdbc, ConfigurationHistory history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    /** Every policy, in the order they are tried. */
    List<SlaPolicy> all() {
        return jdbc.sql(SELECT + " ORDER BY position, lower(name), id").query(this::policy).list();
    }

    /** The active policies, in the order they are tried. */
    List<SlaPolicy> active() {
        return jdbc.sql(SELECT + " WHERE active ORDER BY position, lower(name), id").query(this::policy).list();
    }

    /**
     * Whether an SLA policy was ever saved here: its configuration history says so (and never forgets), or a policy is
     * there (one written before the history knew policies, or restored from a backup without it). Until then no ticket
     * holds SLA terms, so there is nothing to measure; once true it stays true, and the tables are asked again only
     * until then.
     */
    boolean everSaved() {
        if (!everSaved) {
            everSaved = jdbc.sql("""
                    SELECT EXISTS (SELECT 1 FROM audit.config_change WHERE entity_kind = 'directory.sla_policy')
                        OR EXISTS (SELECT 1 FROM directory.sla_policy)""")
                    .query(Boolean.class).single();
        }
        return everSaved;
    }

    Optional<SlaPolicy> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(this::policy).optional();
    }

    SlaPolicy create(SlaPolicyChecks.Checked policy, Integer position, String by) {
        return history.write(() -> {
            UUID id = UUID.randomUUID();
            int at = position != null ? position
                    : jdbc.sql("SELECT COALESCE(max(position), 0) + 1 FROM directory.sla_policy").query(Integer.class)
                            .single();
            unique(() -> jdbc.sql("""
                    INSERT INTO directory.sla_policy (id, name, position, active, conditions, calendar_id, warning_percent,
                           notes_fulfil_replies, targets, clocks, version, updated_by)
                    VALUES (:id, :name, :position, :active, CAST(:conditions AS jsonb), :calendar, :warning, :notes,
                            CAST(:targets AS jsonb), CAST(:clocks AS jsonb), 1, :by)""")
                    .param("id", id).param("position", at).param("by", by).params(values(policy)).update());
            saveVersion(id, by);
            return find(id).orElseThrow();
        });
    }

    SlaPolicy replace(UUID id, SlaPolicyChecks.Checked policy, Integer position, String by) {
        return history.write(() -> {
            int changed = unique(() -> jdbc.sql("""
                    UPDATE directory.sla_policy SET name = :name, active = :active, conditions = CAST(:conditions AS jsonb),
                           calendar_id = :calendar, warning_percent = :warning, notes_fulfil_replies = :notes,
                           targets = CAST(:targets AS jsonb), clocks = CAST(:clocks AS jsonb),
                           position = COALESCE(:position, position), version = version + 1, updated_at = now(),
                           updated_by = :by
                     WHERE id = :id""")
                    .param("id", id).param("position", position).param("by", by).params(values(policy)).update());
            if (changed == 0) {
                throw new SlaPolicyNotFound(id);
            }
            saveVersion(id, by);
            return find(id).orElseThrow();
        });
    }

    /** Puts the named policies first, in this order; the others follow in their current order. */
    void reorder(List<UUID> ids) {
        history.write(() -> {
            List<UUID> order = new java.util.ArrayList<>(ids);
            all().stream().map(SlaPolicy::id).filter(id -> !order.contains(id)).forEach(order::add);
            for (int i = 0; i < order.size(); i++) {
                jdbc.sql("UPDATE directory.sla_policy SET position = :position WHERE id = :id")
                        .param("position", i + 1).param("id", order.get(i)).update();
            }
        });
    }

    boolean delete(UUID id) {
        return history.write(() -> {
            return jdbc.sql("DELETE FROM directory.sla_policy WHERE id = :id").param("id", id).update() > 0;
        });
    }

    /** SLA policies measure in a calendar's business hours: it is not deleted from under them. */
    @Override
    public List<String> usesOf(CalendarId calendar) {
        List<String> names = jdbc.sql("SELECT name FROM directory.sla_policy WHERE calendar_id = :id ORDER BY name")
                .param("id", calendar.value()).query(String.class).list();
        return names.isEmpty() ? List.of()
                : List.of((names.size() == 1 ? "the SLA policy " : names.size() + " SLA policies: ")
                        + String.join(", ", names));
    }

    /** A saved version of a policy, as it was. */
    record Version(int version, Instant savedAt, String savedBy, SlaPolicy policy) {
    }

    List<Version> versions(UUID id) {
        return jdbc.sql("""
                SELECT version, saved_at, saved_by, definition::text AS definition FROM directory.sla_policy_version
                 WHERE policy_id = :id ORDER BY version DESC""").param("id", id)
                .query((rs, row) -> new Version(rs.getInt("version"), rs.getTimestamp("saved_at").toInstant(),
                        rs.getString("saved_by"), JSON.readValue(rs.getString("definition"), SlaPolicy.class)))
                .list();
    }

    private void saveVersion(UUID id, String by) {
        SlaPolicy saved = find(id).orElseThrow();
        jdbc.sql("""
                INSERT INTO directory.sla_policy_version (policy_id, version, definition, saved_by)
                VALUES (:id, :version, CAST(:definition AS jsonb), :by)""")
                .param("id", id).param("version", saved.version()).param("definition", JSON.writeValueAsString(saved))
                .param("by", by).update();
    }

    private static Map<String, Object> values(SlaPolicyChecks.Checked policy) {
        Map<String, Object> values = new java.util.HashMap<>();
        values.put("name", policy.name());
        values.put("active", policy.active());
        values.put("conditions", JSON.writeValueAsString(policy.conditions()));
        values.put("calendar", policy.calendarId());
        values.put("warning", policy.warningPercent());
        values.put("notes", policy.notesFulfilReplies());
        values.put("targets", JSON.writeValueAsString(policy.targets()));
        values.put("clocks", JSON.writeValueAsString(policy.clocks()));
        return values;
    }

    private static int unique(java.util.function.IntSupplier write) {
        try {
            return write.getAsInt();
        } catch (DuplicateKeyException e) {
            throw new DomainException(ErrorCode.DUPLICATE_DEFINITION, "Another SLA policy has this name.");
        }
    }

    private SlaPolicy policy(ResultSet rs, int row) throws SQLException {
        String calendar = rs.getString("calendar_id");
        return new SlaPolicy(rs.getObject("id", UUID.class), rs.getString("name"), rs.getInt("position"),
                rs.getBoolean("active"), JSON.readValue(rs.getString("conditions"), Conditions.class),
                calendar == null ? null : UUID.fromString(calendar), rs.getInt("warning_percent"),
                rs.getBoolean("notes_fulfil_replies"),
                JSON.readValue(rs.getString("targets"), new TypeReference<List<PolicyTarget>>() { }),
                JSON.readValue(rs.getString("clocks"), new TypeReference<Map<String, List<String>>>() { }),
                rs.getInt("version"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
