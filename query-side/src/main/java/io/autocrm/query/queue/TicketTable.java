package io.autocrm.query.queue;

import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.TeamId;
import io.autocrm.events.common.TicketId;
import io.autocrm.query.postgres.Json;
import io.autocrm.query.postgres.ProjectionCommits;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads and writes {@code read_model.ticket} rows whole, for {@link TicketChanges}: the rows of a batch's tickets are
 * read (and locked) in one query and written back in one JDBC batch of upserts, guarded by the row's version so an
 * older state never overwrites a newer one. Runs on the processor's transaction.
 */
@Component
class TicketTable {

    private static final List<String> COLUMNS = List.of("ticket_id", "number", "requester_id", "status_key",
            "status_category", "priority", "priority_rank", "type", "assignee_id", "team_id", "tags", "custom_fields",
            "channel", "follow_up_of", "created_at", "updated_at", "first_response_at", "solved_at", "message_count",
            "version", "sla_open", "sla_due_at", "sla_metric", "sla_breached");
    private static final String UPSERT = "INSERT INTO read_model.ticket (" + String.join(", ", COLUMNS) + ")"
            + " VALUES (" + String.join(", ", COLUMNS.stream().map(TicketTable::placeholder).toList()) + ")"
            + " ON CONFLICT (ticket_id) DO UPDATE SET "
            + String.join(", ", COLUMNS.stream().skip(1).map(c -> c + " = EXCLUDED." + c).toList())
            + " WHERE read_model.ticket.version < EXCLUDED.version";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    TicketTable(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.batch = new JdbcTemplate(dataSource);
    }

    /** See {@link ProjectionCommits}. */
    void commitAsynchronously() {
        ProjectionCommits.asynchronous(jdbc);
    }

    /** The existing rows of these tickets, by id, locked until the transaction ends. */
    Map<UUID, TicketRow> lock(Collection<UUID> ticketIds) {
        Map<UUID, TicketRow> rows = new HashMap<>();
        jdbc.sql("SELECT * FROM read_model.ticket WHERE ticket_id = ANY(?) FOR UPDATE")
                .param(ticketIds.toArray(UUID[]::new))
                .query(rs -> {
                    TicketRow row = TicketRow.read(rs);
                    rows.put(row.ticketId, row);
                });
        return rows;
    }

    /** Writes the rows whole (inserting new ones) in one JDBC batch. */
    void write(List<TicketRow> rows) {
        if (!rows.isEmpty()) {
            batch.batchUpdate(UPSERT, rows, rows.size(), TicketTable::set);
        }
    }

    /** Binds a row's columns in {@link #COLUMNS} order. */
    private static void set(PreparedStatement ps, TicketRow row) throws SQLException {
        int i = 0;
        ps.setObject(++i, row.ticketId);
        ps.setLong(++i, row.number);
        ps.setObject(++i, row.requesterId);
        ps.setString(++i, row.statusKey);
        ps.setString(++i, row.statusCategory);
        ps.setString(++i, row.priority);
        ps.setInt(++i, row.priorityRank);
        ps.setString(++i, row.type);
        ps.setObject(++i, row.assigneeId, Types.OTHER);
        ps.setObject(++i, row.teamId, Types.OTHER);
        ps.setObject(++i, row.tags.toArray(String[]::new));
        ps.setString(++i, Json.write(row.customFields));
        ps.setString(++i, row.channel);
        ps.setObject(++i, row.followUpOf, Types.OTHER);
        ps.setObject(++i, row.createdAt, Types.TIMESTAMP_WITH_TIMEZONE);
        ps.setObject(++i, row.updatedAt, Types.TIMESTAMP_WITH_TIMEZONE);
        ps.setObject(++i, row.firstResponseAt, Types.TIMESTAMP_WITH_TIMEZONE);
        ps.setObject(++i, row.solvedAt, Types.TIMESTAMP_WITH_TIMEZONE);
        ps.setInt(++i, row.messageCount);
        ps.setLong(++i, row.version);
        TicketRow.SlaOpen next = row.slaNext();
        ps.setString(++i, Json.write(row.slaOpen));
        ps.setObject(++i, next == null ? TicketRow.NO_SLA_DUE : next.dueAt(), Types.TIMESTAMP_WITH_TIMEZONE);
        ps.setString(++i, next == null ? null : next.metric());
        ps.setBoolean(++i, row.slaBreachedAny());
    }

    private static String placeholder(String column) {
        return switch (column) {
            case "tags" -> "CAST(? AS text[])";
            case "custom_fields", "sla_open" -> "CAST(? AS jsonb)";
            default -> "?";
        };
    }

    static UUID uuid(Object id) {
        return switch (id) {
            case null -> null;
            case AgentId agent -> agent.value();
            case TeamId team -> team.value();
            case TicketId ticket -> ticket.value();
            default -> throw new IllegalArgumentException("not an id: " + id.getClass());
        };
    }
}
