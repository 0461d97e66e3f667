package io.autocrm.query.queue;

import io.autocrm.query.queue.QueueItem.NamedRef;
import io.autocrm.query.queue.QueueItem.Requester;
import io.autocrm.query.queue.QueueItem.StatusRef;
import io.autocrm.query.postgres.Json;
import io.autocrm.query.postgres.Times;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;

/**
 * Maps a row of {@link QueueSql#SELECT} to a {@link QueueItem}. An erased requester's name and email are null as
 * stored ({@code pii.customer} guarantees it).
 */
final class QueueRowMapper implements RowMapper<QueueItem> {

    static final QueueRowMapper INSTANCE = new QueueRowMapper();

    @Override
    public QueueItem mapRow(ResultSet rs, int rowNum) throws SQLException {
        return new QueueItem(rs.getString("ticket_id"), rs.getLong("number"), rs.getString("subject"),
                new StatusRef(rs.getString("status_key"), rs.getString("status_category")),
                rs.getString("priority"), rs.getString("type"), requester(rs),
                named(rs, "organisation_id", "organisation_name"),
                named(rs, "assignee_id", "assignee_name"), named(rs, "team_id", "team_name"), tags(rs),
                Json.customFields(rs.getString("custom_fields")), rs.getString("channel"),
                rs.getString("follow_up_of"), Times.fromDb(rs, "created_at"), Times.fromDb(rs, "updated_at"),
                Times.fromDb(rs, "first_response_at"), Times.fromDb(rs, "solved_at"), rs.getInt("message_count"),
                rs.getLong("version"), sla(rs));
    }

    private static QueueItem.SlaDue sla(ResultSet rs) throws SQLException {
        String metric = rs.getString("sla_metric");
        boolean breached = rs.getBoolean("sla_breached");
        if (metric == null && !breached) {
            return null;
        }
        return new QueueItem.SlaDue(metric, metric == null ? null : Times.fromDb(rs, "sla_due_at"), breached);
    }

    private static Requester requester(ResultSet rs) throws SQLException {
        return new Requester(rs.getString("requester_id"), rs.getString("requester_name"),
                rs.getString("requester_email"), rs.getBoolean("requester_erased"));
    }

    private static NamedRef named(ResultSet rs, String idColumn, String nameColumn) throws SQLException {
        String id = rs.getString(idColumn);
        return id == null ? null : new NamedRef(id, rs.getString(nameColumn));
    }

    private static List<String> tags(ResultSet rs) throws SQLException {
        Array array = rs.getArray("tags");
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
