package io.autocrm.query.queue;

import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.TeamId;
import io.autocrm.events.common.TicketId;
import io.autocrm.events.ticket.TicketCreatedEvent;
import io.autocrm.query.support.InitialCustomFields;
import io.autocrm.query.support.Json;
import io.autocrm.query.support.Times;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes {@code read_model.ticket}. The insert ignores a ticket it already has and every update is guarded by the
 * row's version, so applying an event twice changes nothing. Runs on the processor's transaction.
 */
@Component
class TicketTable {

    private static final String INSERT = """
            INSERT INTO read_model.ticket (ticket_id, number, requester_id, status_key, status_category, priority,
                priority_rank, type, assignee_id, team_id, tags, custom_fields, channel, follow_up_of, created_at,
                updated_at, solved_at, message_count, version)
            VALUES (:id, :number, :requester, :statusKey, :category, :priority, :rank, :type, :assignee, :team,
                %s, CAST(:customFields AS jsonb), :channel, :followUpOf, :at, :at, :solvedAt,
                :messageCount, :version)
            ON CONFLICT (ticket_id) DO NOTHING
            """.formatted(sortedTags("CAST(:tags AS text[])"));

    private final JdbcClient jdbc;

    TicketTable(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** Inserts a new ticket's row; false when the row exists already. */
    boolean insert(TicketCreatedEvent e, long version, Instant at) {
        boolean solved = e.status().category().key().equals("solved");
        return jdbc.sql(INSERT).param("id", e.ticketId().value()).param("number", e.number())
                .param("requester", e.requesterId().value()).param("statusKey", e.status().key())
                .param("category", e.status().category().key()).param("priority", e.priority().key())
                .param("rank", PriorityRank.of(e.priority())).param("type", e.type().key())
                .param("assignee", uuid(e.assigneeId()), Types.OTHER).param("team", uuid(e.teamId()), Types.OTHER)
                .param("tags", (e.tags() == null ? List.<String>of() : e.tags()).toArray(String[]::new))
                .param("customFields", Json.write(InitialCustomFields.of(e))).param("channel", e.channel().key())
                .param("followUpOf", uuid(e.followUpOf()), Types.OTHER).param("at", Times.toDb(at))
                .param("solvedAt", solved ? Times.toDb(at) : null, Types.TIMESTAMP_WITH_TIMEZONE)
                .param("messageCount", e.firstMessageId() == null ? 0 : 1).param("version", version)
                .update() == 1;
    }

    /**
     * Applies {@code assignments} (SQL {@code SET} items; may be empty) and stamps {@code updated_at} and
     * {@code version}, unless the row already reflects this version. False when nothing changed.
     */
    boolean update(UUID ticketId, long version, Instant at, String assignments, Map<String, ?> params) {
        String set = (assignments.isEmpty() ? "" : assignments + ", ") + "updated_at = :at, version = :version";
        return jdbc.sql("UPDATE read_model.ticket SET " + set + " WHERE ticket_id = :id AND version < :version")
                .params(params).param("id", ticketId).param("at", Times.toDb(at)).param("version", version)
                .update() == 1;
    }

    /**
     * SQL for the distinct elements of a {@code text[]} expression sorted by code point ({@code COLLATE "C"}: UTF-8
     * byte order), whatever the database's collation: how {@code tags} is kept on every path.
     */
    static String sortedTags(String textArray) {
        return "ARRAY(SELECT DISTINCT u.x COLLATE \"C\" FROM unnest(" + textArray + ") AS u(x) ORDER BY 1)";
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
