package io.autocrm.command.automation;

import io.autocrm.platform.database.ConfigurationHistory;
import io.autocrm.command.rules.Conditions;
import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import io.autocrm.json.Jackson3Rules;
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
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Triggers and automations in {@code automation.rule}, each save also kept in {@code automation.rule_version}. What a
 * rule holds is checked before it gets here ({@link RuleChecks}). Times come from the events' clock (Axon's, which the
 * demo sets to its story's time), so a trigger's {@code activeFrom} compares with its events' times.
 */
@Repository
class Rules {

    private static final String SELECT = """
            SELECT id, kind, name, description, position, enabled, version, conditions::text AS conditions,
                   actions::text AS actions, active_from, created_at, updated_at
              FROM automation.rule""";
    private static final JsonMapper JSON = JsonMapper.builder().addModule(Jackson3Rules.module()).build();
    private static final TypeReference<List<RuleAction>> ACTIONS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    private final ConfigurationHistory history;

    Rules(JdbcClient jdbc, ConfigurationHistory history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    /** The rules of a kind, in order. */
    List<Rule> all(RuleKind kind) {
        return jdbc.sql(SELECT + " WHERE kind = :kind ORDER BY position, created_at, id").param("kind", kind.key())
                .query(this::rule).list();
    }

    /** The enabled rules of a kind, in order. */
    List<Rule> enabled(RuleKind kind) {
        return all(kind).stream().filter(Rule::enabled).toList();
    }

    Optional<Rule> find(RuleKind kind, UUID id) {
        return jdbc.sql(SELECT + " WHERE kind = :kind AND id = :id").param("kind", kind.key()).param("id", id)
                .query(this::rule).optional();
    }

    @Transactional
    Rule create(RuleKind kind, String name, String description, boolean enabled, Conditions conditions,
                List<RuleAction> actions, String by) {
        return history.write(() -> {
            UUID id = UUID.randomUUID();
            Timestamp now = now();
            jdbc.sql("""
                    INSERT INTO automation.rule (id, kind, name, description, position, enabled, version, conditions,
                                                 actions, active_from, created_at, updated_at, updated_by)
                    VALUES (:id, :kind, :name, :description,
                            (SELECT COALESCE(max(position), 0) + 1 FROM automation.rule WHERE kind = :kind), :enabled, 1,
                            CAST(:conditions AS jsonb), CAST(:actions AS jsonb), :now, :now, :now, :by)""")
                    .param("id", id).param("kind", kind.key()).param("name", name.strip())
                    .param("description", blankAsNull(description)).param("enabled", enabled)
                    .param("conditions", JSON.writeValueAsString(conditions))
                    .param("actions", JSON.writeValueAsString(actions)).param("now", now).param("by", by).update();
            keepVersion(id, by);
            return find(kind, id).orElseThrow();
        });
    }

    /**
     * Saves a new version of a rule. A trigger that is enabled by this save becomes active from now on.
     *
     * @throws DomainException VERSION_CONFLICT when {@code expectedVersion} is given and is not the current one
     */
    @Transactional
    Rule update(RuleKind kind, UUID id, Integer expectedVersion, String name, String description, boolean enabled,
                Conditions conditions, List<RuleAction> actions, String by) {
        return history.write(() -> {
            Rule current = jdbc.sql(SELECT + " WHERE kind = :kind AND id = :id FOR UPDATE").param("kind", kind.key())
                    .param("id", id).query(this::rule).optional().orElseThrow(() -> new RuleNotFound(kind, id));
            requireVersion(current, expectedVersion);
            jdbc.sql("""
                    UPDATE automation.rule SET name = :name, description = :description, enabled = :enabled,
                           version = version + 1, conditions = CAST(:conditions AS jsonb), actions = CAST(:actions AS jsonb),
                           active_from = CASE WHEN :enabled AND NOT enabled THEN :now ELSE active_from END,
                           updated_at = :now, updated_by = :by
                     WHERE id = :id""")
                    .param("id", id).param("name", name.strip()).param("description", blankAsNull(description))
                    .param("enabled", enabled).param("conditions", JSON.writeValueAsString(conditions))
                    .param("actions", JSON.writeValueAsString(actions)).param("now", now()).param("by", by).update();
            keepVersion(id, by);
            return find(kind, id).orElseThrow();
        });
    }

    @Transactional
    void delete(RuleKind kind, UUID id) {
        history.write(() -> {
            if (jdbc.sql("DELETE FROM automation.rule WHERE kind = :kind AND id = :id").param("kind", kind.key())
                    .param("id", id).update() == 0) {
                throw new RuleNotFound(kind, id);
            }
        });
    }

    /**
     * Puts the rules of a kind in the given order.
     *
     * @throws DomainException VALIDATION_FAILED unless {@code ids} names every rule of the kind exactly once
     */
    @Transactional
    List<Rule> reorder(RuleKind kind, List<UUID> ids) {
        return history.write(() -> {
            List<UUID> existing = jdbc.sql("SELECT id FROM automation.rule WHERE kind = :kind FOR UPDATE")
                    .param("kind", kind.key()).query(UUID.class).list();
            if (ids.size() != existing.size() || !new java.util.HashSet<>(ids).equals(new java.util.HashSet<>(existing))) {
                throw new DomainException(ErrorCode.VALIDATION_FAILED,
                        "ids must name every " + kind.key() + " exactly once, in the new order.");
            }
            for (int i = 0; i < ids.size(); i++) {
                jdbc.sql("UPDATE automation.rule SET position = :position WHERE id = :id").param("position", i + 1)
                        .param("id", ids.get(i)).update();
            }
            return all(kind);
        });
    }

    private void keepVersion(UUID id, String by) {
        jdbc.sql("""
                INSERT INTO automation.rule_version (rule_id, version, name, enabled, conditions, actions, saved_at,
                                                     saved_by)
                SELECT id, version, name, enabled, conditions, actions, updated_at, :by FROM automation.rule
                 WHERE id = :id""").param("id", id).param("by", by).update();
    }

    private static void requireVersion(Rule current, Integer expected) {
        if (expected != null && expected != current.version()) {
            throw new DomainException(ErrorCode.VERSION_CONFLICT, "The " + current.kind().key() + " is at version "
                    + current.version() + ", not " + expected + "; reload it and apply the change again.");
        }
    }

    private static Timestamp now() {
        return Timestamp.from(GenericEventMessage.clock.instant());
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private Rule rule(ResultSet rs, int row) throws SQLException {
        return new Rule(rs.getString("id"), RuleKind.fromKey(rs.getString("kind")), rs.getString("name"),
                rs.getString("description"), rs.getInt("position"), rs.getBoolean("enabled"), rs.getInt("version"),
                JSON.readValue(rs.getString("conditions"), Conditions.class),
                JSON.readValue(rs.getString("actions"), ACTIONS), instant(rs.getTimestamp("active_from")),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("updated_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
