package io.autocrm.query.views;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import io.autocrm.platform.database.ConfigurationHistory;
import io.autocrm.query.postgres.Json;
import io.autocrm.query.postgres.Times;
import io.autocrm.query.queue.QueueQueries;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Saved views in {@code workspace.saved_view}. A view is checked before it is stored: its filters by the queue's own
 * parameter parser, its sort by the queue's sorts, its columns against the queue's columns, so a saved view always
 * runs. Who may change which view is decided by {@link ViewAccess}.
 */
@Repository
public class SavedViews {

    static final Set<String> COLUMNS = Set.of("number", "subject", "requester", "organisation", "status", "priority",
            "assignee", "team", "updatedAt", "createdAt", "type", "channel", "tags");
    private static final Pattern CUSTOM_FIELD_COLUMN = Pattern.compile("cf\\.[a-z][a-z0-9_]{0,63}");
    private static final String DEFAULT_SORT = "-updatedAt";
    private static final String SELECT = """
            SELECT id, name, owner_id, shared, filters::text AS filters, columns, sort, created_at, updated_at
              FROM workspace.saved_view""";
    private final JdbcClient jdbc;
    private final ConfigurationHistory history;

    public SavedViews(DataSource dataSource, ConfigurationHistory history) {
        this.jdbc = JdbcClient.create(dataSource);
        this.history = history;
    }

    /** The views {@code viewer} may use: their own and every shared one, by name. */
    public List<SavedView> visibleTo(UUID viewer) {
        return jdbc.sql(SELECT + " WHERE shared OR owner_id = :viewer ORDER BY lower(name), name, id")
                .param("viewer", viewer).query(SavedViews::view).list();
    }

    Optional<SavedView> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(SavedViews::view).optional();
    }

    /** Stores a new view owned by {@code owner}. */
    public SavedView create(UUID owner, String name, boolean shared, ViewFilters filters, List<String> columns,
                            String sort) {
        Checked checked = check(filters, columns, sort);
        UUID id = UUID.randomUUID();
        history.write(() -> jdbc.sql("""
                INSERT INTO workspace.saved_view (id, name, owner_id, shared, filters, columns, sort, updated_by)
                VALUES (:id, :name, :owner, :shared, CAST(:filters AS jsonb), :columns, :sort, :owner)""")
                .param("id", id).param("name", name.strip()).param("owner", owner).param("shared", shared)
                .param("filters", Json.write(checked.filters())).param("columns", checked.columns())
                .param("sort", checked.sort()).update());
        return find(id).orElseThrow();
    }

    SavedView update(UUID id, UUID editor, String name, boolean shared, ViewFilters filters, List<String> columns,
                     String sort) {
        Checked checked = check(filters, columns, sort);
        history.write(() -> jdbc.sql("""
                UPDATE workspace.saved_view SET name = :name, shared = :shared, filters = CAST(:filters AS jsonb),
                       columns = :columns, sort = :sort, updated_at = now(), updated_by = :editor
                 WHERE id = :id""")
                .param("id", id).param("name", name.strip()).param("shared", shared)
                .param("filters", Json.write(checked.filters())).param("columns", checked.columns())
                .param("sort", checked.sort()).param("editor", editor).update());
        return find(id).orElseThrow(() -> notFound(id));
    }

    void delete(UUID id) {
        history.write(() -> jdbc.sql("DELETE FROM workspace.saved_view WHERE id = :id").param("id", id).update());
    }

    static DomainException notFound(Object id) {
        return new DomainException(ErrorCode.VIEW_NOT_FOUND, "No view has id " + id + ".");
    }

    private record Checked(ViewFilters filters, String[] columns, String sort) {
    }

    private static Checked check(ViewFilters filters, List<String> columns, String sort) {
        ViewFilters given = filters == null ? ViewFilters.none() : filters;
        QueueQueries.checkFilters(given.asQueryParameters());
        String checkedSort = sort == null || sort.isBlank() ? DEFAULT_SORT : sort.strip();
        QueueQueries.checkSort(checkedSort);
        Set<String> seen = new HashSet<>();
        for (String column : columns) {
            if (column == null || !(COLUMNS.contains(column) || CUSTOM_FIELD_COLUMN.matcher(column).matches())) {
                throw new DomainException(ErrorCode.VALIDATION_FAILED, "Column '" + column + "' is not a queue column;"
                        + " columns are " + String.join(", ", COLUMNS.stream().sorted().toList())
                        + " or cf.<fieldKey>.");
            }
            if (!seen.add(column)) {
                throw new DomainException(ErrorCode.VALIDATION_FAILED, "Column '" + column + "' is named twice.");
            }
        }
        return new Checked(given, columns.toArray(String[]::new), checkedSort);
    }

    private static SavedView view(ResultSet rs, int row) throws SQLException {
        Array columns = rs.getArray("columns");
        return new SavedView(rs.getString("id"), rs.getString("name"), rs.getString("owner_id"),
                rs.getBoolean("shared"), Json.read(rs.getString("filters"), ViewFilters.class),
                List.of((String[]) columns.getArray()), rs.getString("sort"), Times.fromDb(rs, "created_at"),
                Times.fromDb(rs, "updated_at"));
    }
}
