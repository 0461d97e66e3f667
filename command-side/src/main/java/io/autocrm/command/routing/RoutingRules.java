package io.autocrm.command.routing;

import org.springframework.transaction.annotation.Transactional;
import io.autocrm.platform.database.ConfigurationHistory;
import io.autocrm.command.rules.Conditions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Routing rules in {@code routing.rule} (order, current version) and {@code routing.rule_version} (what each version
 * said). Every change adds a version; nothing here rewrites one. What a version holds is checked before it gets here
 * ({@link RoutingRuleChecks}).
 */
@Repository
class RoutingRules {

    private static final String SELECT = """
            SELECT r.id, v.version, CASE WHEN v.version = r.current_version THEN r.position ELSE 0 END AS position,
                   v.name, v.enabled, v.conditions::text AS conditions, v.actions::text AS actions, v.created_at,
                   v.created_by
              FROM routing.rule r JOIN routing.rule_version v ON v.rule_id = r.id""";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    private final ConfigurationHistory history;

    RoutingRules(JdbcClient jdbc, ConfigurationHistory history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    /** The current version of every rule, in order. */
    List<RoutingRule> inOrder() {
        return jdbc.sql(SELECT + " WHERE v.version = r.current_version AND r.deleted_at IS NULL"
                        + " ORDER BY r.position, r.id")
                .query(this::rule).list();
    }

    /** The current version of the rule; empty when there is none or it was deleted. */
    Optional<RoutingRule> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE r.id = :id AND v.version = r.current_version AND r.deleted_at IS NULL")
                .param("id", id).query(this::rule).optional();
    }

    /** Every version of the rule, newest first (also of a deleted rule: histories name them). */
    List<RoutingRule> versions(UUID id) {
        return jdbc.sql(SELECT + " WHERE r.id = :id ORDER BY v.version DESC").param("id", id).query(this::rule).list();
    }

    /** A new rule at the end of the order, as its version 1. */
    @Transactional
    RoutingRule create(RuleDraft draft, String by) {
        return history.write(() -> {
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                    INSERT INTO routing.rule (id, position, current_version)
                    SELECT :id, COALESCE(max(position), 0) + 1, 1 FROM routing.rule WHERE deleted_at IS NULL""")
                    .param("id", id).update();
            insertVersion(id, 1, draft, by);
            return find(id).orElseThrow();
        });
    }

    /**
     * The rule's next version, if its current one is still {@code expectedVersion} (null: whatever it is).
     *
     * @throws RoutingRulesChanged when someone changed it since
     */
    @Transactional
    RoutingRule update(UUID id, Integer expectedVersion, RuleDraft draft, String by) {
        return history.write(() -> {
            RoutingRule current = jdbc.sql(SELECT + " WHERE r.id = :id AND v.version = r.current_version"
                            + " AND r.deleted_at IS NULL FOR UPDATE OF r")
                    .param("id", id).query(this::rule).optional().orElseThrow(() -> new RoutingRuleNotFound(id));
            requireVersion(current, expectedVersion);
            int next = current.version() + 1;
            insertVersion(id, next, draft, by);
            jdbc.sql("UPDATE routing.rule SET current_version = :next WHERE id = :id").param("next", next)
                    .param("id", id).update();
            return find(id).orElseThrow();
        });
    }

    /** Takes the rule out of the order; its versions stay for the histories that name them. */
    @Transactional
    void delete(UUID id, Integer expectedVersion) {
        history.write(() -> {
            RoutingRule current = jdbc.sql(SELECT + " WHERE r.id = :id AND v.version = r.current_version"
                            + " AND r.deleted_at IS NULL FOR UPDATE OF r")
                    .param("id", id).query(this::rule).optional().orElseThrow(() -> new RoutingRuleNotFound(id));
            requireVersion(current, expectedVersion);
            jdbc.sql("UPDATE routing.rule SET deleted_at = now() WHERE id = :id").param("id", id).update();
        });
    }

    /**
     * Puts the rules in this order, which must name every rule there is, each once.
     *
     * @throws RoutingRulesChanged when the ids are not exactly the rules there are now
     */
    @Transactional
    List<RoutingRule> reorder(List<UUID> ids) {
        return history.write(() -> {
            List<UUID> present = jdbc.sql("SELECT id FROM routing.rule WHERE deleted_at IS NULL ORDER BY id FOR UPDATE")
                    .query(UUID.class).list();
            boolean same = ids.size() == present.size() && ids.containsAll(present)
                    && ids.stream().distinct().count() == ids.size();
            if (!same) {
                throw new RoutingRulesChanged("The order must name every routing rule once; the rules changed since you"
                        + " read them, read them again and retry.");
            }
            for (int i = 0; i < ids.size(); i++) {
                jdbc.sql("UPDATE routing.rule SET position = :position WHERE id = :id").param("position", i + 1)
                        .param("id", ids.get(i)).update();
            }
            return inOrder();
        });
    }

    private static void requireVersion(RoutingRule current, Integer expectedVersion) {
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw new RoutingRulesChanged("The rule '" + current.name() + "' is at version " + current.version()
                    + ", not " + expectedVersion + "; someone changed it since you read it. Read it again and retry.");
        }
    }

    private void insertVersion(UUID id, int version, RuleDraft draft, String by) {
        jdbc.sql("""
                INSERT INTO routing.rule_version (rule_id, version, name, enabled, conditions, actions, created_by)
                VALUES (:id, :version, :name, :enabled, CAST(:conditions AS jsonb), CAST(:actions AS jsonb), :by)""")
                .param("id", id).param("version", version).param("name", draft.name().strip())
                .param("enabled", draft.enabled())
                .param("conditions", JSON.writeValueAsString(draft.conditions()))
                .param("actions", JSON.writeValueAsString(draft.actions())).param("by", by).update();
    }

    private RoutingRule rule(ResultSet rs, int row) throws SQLException {
        return new RoutingRule(rs.getObject("id", UUID.class), rs.getInt("version"), rs.getInt("position"),
                rs.getString("name"), rs.getBoolean("enabled"),
                JSON.readValue(rs.getString("conditions"), Conditions.class),
                JSON.readValue(rs.getString("actions"), RoutingActions.class),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
    }
}
