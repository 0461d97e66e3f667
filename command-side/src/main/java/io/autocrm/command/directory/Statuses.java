package io.autocrm.command.directory;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.InvalidInput;
import io.autocrm.events.ticket.StatusCategory;
import io.autocrm.platform.database.ConfigurationHistory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The ticket statuses in {@code directory.ticket_status}: six built-in ones and admin-defined ones. */
@Repository
class Statuses implements StatusCatalog {

    static final String KEY_PATTERN = "^[a-z0-9][a-z0-9-]{0,63}$";
    private static final int CUSTOM_POSITION = 100;
    private static final String COLUMNS =
            "SELECT key, label, category, built_in, active, position FROM directory.ticket_status ";
    private final JdbcClient jdbc;
    private final ConfigurationHistory history;

    Statuses(JdbcClient jdbc, ConfigurationHistory history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    @Override
    public Optional<StatusDefinition> find(String key) {
        return jdbc.sql(COLUMNS + "WHERE key = ?").param(key).query(Statuses::row).optional();
    }

    List<StatusDefinition> all() {
        return jdbc.sql(COLUMNS + "ORDER BY position, created_at, key").query(Statuses::row).list();
    }

    /** @throws DomainException VALIDATION_FAILED for a bad key or category, DUPLICATE_DEFINITION for a taken key */
    StatusDefinition create(String key, String label, String categoryKey) {
        if (key == null || !key.matches(KEY_PATTERN)) {
            throw new InvalidInput(
                    "A status key is 1-64 lowercase letters, digits and hyphens, starting with a letter or digit.");
        }
        StatusDefinition status = new StatusDefinition(key, DefinitionRules.label(label), category(categoryKey),
                false, true, CUSTOM_POSITION);
        try {
            history.write(() -> jdbc.sql(
                            "INSERT INTO directory.ticket_status (key, label, category, position) VALUES (?, ?, ?, ?)")
                    .params(key, status.label(), status.category().key(), CUSTOM_POSITION).update());
        } catch (DuplicateKeyException e) {
            throw new AlreadyDefined("Status '" + key + "' already exists.");
        }
        return status;
    }

    /**
     * Changes a status's label and/or whether it is in use; null leaves a value as it is. One statement reads and
     * writes the row, so concurrent changes of different values all hold.
     *
     * @throws DomainException NOT_FOUND for an unknown key, VALIDATION_FAILED when deactivating a built-in status
     */
    StatusDefinition update(String key, String label, Boolean active) {
        return update(key, label, active, null);
    }

    /**
     * Also moves a status in the list: {@code position} orders statuses in pickers (lower first; ties by age).
     *
     * @throws DomainException VALIDATION_FAILED for a position outside 0-10000
     */
    StatusDefinition update(String key, String label, Boolean active, Integer position) {
        DefinitionRules.position(position);
        String newLabel = label == null ? null : DefinitionRules.label(label);
        return history.write(() -> jdbc.sql("""
                UPDATE directory.ticket_status
                SET label = COALESCE(CAST(? AS text), label), active = COALESCE(CAST(? AS boolean), active),
                    position = COALESCE(CAST(? AS integer), position)
                WHERE key = ? AND NOT (built_in AND CAST(? AS boolean) IS FALSE)
                RETURNING key, label, category, built_in, active, position""")
                .params(newLabel, active, position, key, active).query(Statuses::row).optional())
                .orElseThrow(() -> unchanged(key));
    }

    /** Why an update changed no row: the key is unknown, or it tried to deactivate a built-in status. */
    private DomainException unchanged(String key) {
        return find(key).isEmpty() ? new EntryNotFound("No status has this key.")
                : new InvalidInput("Built-in statuses cannot be deactivated.");
    }

    private static StatusCategory category(String key) {
        return Arrays.stream(StatusCategory.values()).filter(c -> c.key().equals(key)).findFirst()
                .orElseThrow(() -> new InvalidInput(
                        "A status category is one of new, open, pending, on-hold, solved, closed."));
    }

    private static StatusDefinition row(ResultSet rs, int rowNum) throws SQLException {
        return new StatusDefinition(rs.getString("key"), rs.getString("label"),
                StatusCategory.fromKey(rs.getString("category")), rs.getBoolean("built_in"), rs.getBoolean("active"),
                rs.getInt("position"));
    }
}
