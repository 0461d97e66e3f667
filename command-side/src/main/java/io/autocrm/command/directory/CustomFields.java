package io.autocrm.command.directory;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.ticket.FieldType;
import io.autocrm.platform.database.ConfigurationHistory;
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
            "SELECT key, label, type, options::text AS options, pattern, active, position, customer_visible, "
            + "required FROM directory.custom_field ";
    private final JdbcClient jdbc;
    private final ConfigurationHistory history;

    CustomFields(JdbcClient jdbc, ConfigurationHistory history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    @Override
    public Optional<CustomFieldDefinition> find(String key) {
        return jdbc.sql(COLUMNS + "WHERE key = ?").param(key).query(CustomFields::row).optional();
    }

    @Override
    public List<CustomFieldDefinition> required() {
        return jdbc.sql(COLUMNS + "WHERE required AND active ORDER BY position, created_at, key")
                .query(CustomFields::row).list();
    }

    List<CustomFieldDefinition> all() {
        return jdbc.sql(COLUMNS + "ORDER BY position, created_at, key").query(CustomFields::row).list();
    }

    /** @throws DomainException VALIDATION_FAILED for an invalid definition, DUPLICATE_DEFINITION for a taken key */
    CustomFieldDefinition create(String key, String label, String typeKey, List<FieldOption> options, String pattern,
                                 boolean customerVisible) {
        return create(key, label, typeKey, options, pattern, customerVisible, false);
    }

    /**
     * Also marks the field required: it must have a value before a ticket is solved or closed (and, when
     * customer-visible, when a customer opens one).
     */
    CustomFieldDefinition create(String key, String label, String typeKey, List<FieldOption> options, String pattern,
                                 boolean customerVisible, boolean required) {
        if (key == null || !key.matches(KEY_PATTERN)) {
            throw DefinitionRules.failed(
                    "A field key is 1-64 lowercase letters, digits and '_', starting with a letter.");
        }
        FieldType type = DefinitionRules.type(typeKey);
        CustomFieldDefinition field = new CustomFieldDefinition(key, DefinitionRules.label(label), type,
                DefinitionRules.options(type, options), DefinitionRules.pattern(type, pattern), true, DEFAULT_POSITION,
                customerVisible, required);
        try {
            history.write(() -> jdbc.sql("""
                    INSERT INTO directory.custom_field
                        (key, label, type, options, pattern, position, customer_visible, required)
                    VALUES (?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?)""")
                    .params(key, field.label(), type.key(), JSON.writeValueAsString(field.options()), field.pattern(),
                            DEFAULT_POSITION, customerVisible, required)
                    .update());
        } catch (DuplicateKeyException e) {
            throw new AlreadyDefined("Custom field '" + key + "' already exists.");
        }
        return field;
    }

    /**
     * Changes a field's label, whether it is in use, a choice field's options and/or whether customers see it; null
     * leaves a value as it is. One statement reads and writes the row, so concurrent changes of different values all
     * hold.
     *
     * @throws DomainException NOT_FOUND for an unknown key, VALIDATION_FAILED for invalid changes
     */
    CustomFieldDefinition update(String key, String label, Boolean active, List<FieldOption> options,
                                 Boolean customerVisible) {
        return update(key, label, active, options, customerVisible, null);
    }

    /**
     * Also moves a field in the list: {@code position} orders fields on forms (lower first; ties by age).
     *
     * @throws DomainException VALIDATION_FAILED for a position outside 0-10000
     */
    CustomFieldDefinition update(String key, String label, Boolean active, List<FieldOption> options,
                                 Boolean customerVisible, Integer position) {
        return update(key, label, active, options, customerVisible, position, null);
    }

    /** Also marks a field required or not (null leaves it as it is). */
    CustomFieldDefinition update(String key, String label, Boolean active, List<FieldOption> options,
                                 Boolean customerVisible, Integer position, Boolean required) {
        DefinitionRules.position(position);
        FieldType type = find(key).orElseThrow(CustomFields::notFound).type(); // a field's type never changes
        String newLabel = label == null ? null : DefinitionRules.label(label);
        String newOptions = options == null ? null : JSON.writeValueAsString(DefinitionRules.options(type, options));
        return history.write(() -> jdbc.sql("""
                UPDATE directory.custom_field
                SET label = COALESCE(CAST(? AS text), label), active = COALESCE(CAST(? AS boolean), active),
                    options = COALESCE(CAST(? AS jsonb), options),
                    customer_visible = COALESCE(CAST(? AS boolean), customer_visible),
                    position = COALESCE(CAST(? AS integer), position),
                    required = COALESCE(CAST(? AS boolean), required)
                WHERE key = ?
                RETURNING key, label, type, options::text AS options, pattern, active, position, customer_visible,
                    required""")
                .params(newLabel, active, newOptions, customerVisible, position, required, key)
                .query(CustomFields::row).optional())
                .orElseThrow(CustomFields::notFound);
    }

    private static EntryNotFound notFound() {
        return new EntryNotFound("No custom field has this key.");
    }

    private static CustomFieldDefinition row(ResultSet rs, int rowNum) throws SQLException {
        return new CustomFieldDefinition(rs.getString("key"), rs.getString("label"),
                FieldType.fromKey(rs.getString("type")), JSON.readValue(rs.getString("options"), OPTIONS),
                rs.getString("pattern"), rs.getBoolean("active"), rs.getInt("position"),
                rs.getBoolean("customer_visible"), rs.getBoolean("required"));
    }
}
