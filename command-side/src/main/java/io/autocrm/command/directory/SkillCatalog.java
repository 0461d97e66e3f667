package io.autocrm.command.directory;

import io.autocrm.platform.database.ConfigurationHistory;
import io.autocrm.events.common.DomainException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The admin-defined skills in {@code directory.skill}; tickets require them and agents have them at a level. */
@Repository
class SkillCatalog {

    /** A skill's key: as tickets require it ({@code ticket.Skills.KEY}, which depends on this package, not back). */
    static final Pattern KEY = Pattern.compile("^[a-z][a-z0-9-]{0,63}$");
    private final JdbcClient jdbc;

    private final ConfigurationHistory history;

    SkillCatalog(JdbcClient jdbc, ConfigurationHistory history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    List<SkillView> all() {
        return jdbc.sql("SELECT key, label FROM directory.skill ORDER BY lower(label), key").query(SkillView.class)
                .list();
    }

    Optional<SkillView> find(String key) {
        return jdbc.sql("SELECT key, label FROM directory.skill WHERE key = ?").param(key).query(SkillView.class)
                .optional();
    }

    /** @throws DomainException VALIDATION_FAILED for a bad key or label, DUPLICATE_DEFINITION for a taken key */
    SkillView create(String key, String label) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw DefinitionRules.failed("A skill's key is lower-case letters, digits and '-', starting with a letter"
                    + " (at most 64), e.g. 'billing'.");
        }
        SkillView skill = new SkillView(key, DefinitionRules.label(label));
        try {
            history.write(() -> jdbc.sql("INSERT INTO directory.skill (key, label) VALUES (?, ?)")
                    .params(skill.key(), skill.label()).update());
        } catch (DuplicateKeyException e) {
            throw new AlreadyDefined("A skill with the key '" + key + "' exists already.");
        }
        return skill;
    }

    /** @throws DomainException NOT_FOUND for an unknown key, VALIDATION_FAILED for a bad label */
    SkillView relabel(String key, String label) {
        String checked = DefinitionRules.label(label);
        return history.write(() -> jdbc.sql("UPDATE directory.skill SET label = ? WHERE key = ? RETURNING key, label")
                .params(checked, key).query(SkillView.class).optional())
                .orElseThrow(() -> new EntryNotFound("No skill has the key '" + key + "'."));
    }

    /** A skill as the API shows it: its key (what tickets require) and its label. */
    record SkillView(String key, String label) {
    }
}
