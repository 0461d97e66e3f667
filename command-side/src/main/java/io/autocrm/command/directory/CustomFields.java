package io.autocrm.command.directory;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import io.autocrm.events.ticket.FieldType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The custom field definitions in {@code directory.custom_field}. */
@Repository
class CustomFields implements CustomFieldCatalog {

    static final String KEY_PATTERN = "^[a-z][a-z0-9_]{0,63}$";
    private static final int DEFAULT_POSITION = 100;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<FieldOption>> OPTIONS = new TypeReference<>() { };
    private static final String COLUMNS =
            "SELECT key, label, type, options::text AS options, pattern, active, position FROM directory.custom_field ";
    private final JdbcClient jdbc;

    CustomFields(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<CustomFieldDefinition> find(String key) {
        return jdbc.sql(COLUMNS + "WHERE key = ?").param(key).query(CustomFields::row).optional();
    }

    List<CustomFieldDefinition> all() {
        return jdbc.sql(COLUMNS + "ORDER BY position, created_at, key").query(CustomFields::row).list();
    }

    /** @throws DomainException VALIDATION_FAILED for an invalid definition, DUPLICATE_DEFINITION for a taken key */
    CustomFieldDefinition create(String key, String label, String typeKey, List<FieldOption> options, String pattern) {
        if (key == null || !key.matches(KEY_PATTERN)) {
            throw DefinitionRules.failed(
                    "A field key is 1-64 lowercase letters, digits and '_', starting with a letter.");
        }
        FieldType type = DefinitionRules.type(typeKey);
        CustomFieldDefinition field = new CustomFieldDefinition(key, DefinitionRules.label(label), type,
                DefinitionRules.options(type, options), DefinitionRules.pattern(type, pattern), true, DEFAULT_POSITION);
        try {
            jdbc.sql("""
                    INSERT INTO directory.custom_field (key, label, type, options, pattern, position)
                    VALUES (?, ?, ?, CAST(? AS jsonb), ?, ?)""")
                    .params(key, field.label(), type.key(), JSON.writeValueAsString(field.options()), field.pattern(),
                            DEFAULT_POSITION)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new DomainException(ErrorCode.DUPLICATE_DEFINITION, "Custom field '" + key + "' already exists.");
        }
        return field;
    }

    /**
     * Changes a field's label, whether it is in use, and/or a choice field's options; null leaves a value as it is.
     *
     * @throws DomainException NOT_FOUND for an unknown key, VALIDATION_FAILED for invalid changes
     */
    CustomFieldDefinition update(String key, String label, Boolean active, List<FieldOption> options) {
        CustomFieldDefinition field = find(key).orElseThrow(
                () -> new DomainException(ErrorCode.NOT_FOUND, "No custom field has this key."));
        CustomFieldDefinition changed = new CustomFieldDefinition(key,
                label == null ? field.label() : DefinitionRules.label(label), field.type(),
                options == null ? field.options() : DefinitionRules.options(field.type(), options), field.pattern(),
                active == null ? field.active() : active, field.position());
        jdbc.sql("UPDATE directory.custom_field SET label = ?, active = ?, options = CAST(? AS jsonb) WHERE key = ?")
                .params(changed.label(), changed.active(), JSON.writeValueAsString(changed.options()), key).update();
        return changed;
    }

    private static CustomFieldDefinition row(ResultSet rs, int rowNum) throws SQLException {
        return new CustomFieldDefinition(rs.getString("key"), rs.getString("label"),
                FieldType.fromKey(rs.getString("type")), JSON.readValue(rs.getString("options"), OPTIONS),
                rs.getString("pattern"), rs.getBoolean("active"), rs.getInt("position"));
    }
}
