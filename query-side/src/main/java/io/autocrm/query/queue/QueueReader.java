package io.autocrm.query.queue;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads queue rows: a page of the queue in one statement, or one ticket's row with the same display data. */
@Component
public class QueueReader {

    private final JdbcClient jdbc;

    public QueueReader(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** One page of the queue as its viewer may see it, with the cursor of the next page when there is one. */
    public QueuePage page(FindTicketQueueQuery query) {
        QueueSql sql = QueueSql.page(query);
        List<QueueItem> rows = jdbc.sql(sql.sql(query.sort())).params(sql.params()).query(QueueRowMapper.INSTANCE)
                .list();
        if (rows.size() <= query.limit()) {
            return new QueuePage(rows, null);
        }
        List<QueueItem> items = rows.subList(0, query.limit());
        return new QueuePage(items, QueueCursor.after(query.sort(), items.getLast()).encode());
    }

    /** How many tickets the query's view holds, as its viewer may see them. */
    public long count(FindTicketQueueQuery query) {
        QueueSql sql = QueueSql.count(query);
        return jdbc.sql(sql.countSql()).params(sql.params()).query(Long.class).single();
    }

    /** One ticket's queue row, if the read model has it. */
    public Optional<QueueItem> byId(UUID ticketId) {
        return jdbc.sql(QueueSql.SELECT + " WHERE t.ticket_id = :id").param("id", ticketId)
                .query(QueueRowMapper.INSTANCE).optional();
    }

    /**
     * The queue rows of these tickets with who may see them now, in one query; tickets the read model does not have
     * are left out.
     */
    public List<QueueChange> changes(Collection<UUID> ticketIds) {
        if (ticketIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(QueueSql.SELECT_WITH_AUDIENCE + " WHERE t.ticket_id = ANY(:ids)")
                .param("ids", ticketIds.toArray(UUID[]::new)).query((rs, row) -> new QueueChange(
                        QueueRowMapper.INSTANCE.mapRow(rs, row), rs.getObject("requester_organisation", UUID.class),
                        rs.getBoolean("organisation_shares"), null)).list();
    }

    /** The version the read model holds for a ticket; 0 when it has none yet. */
    public long version(UUID ticketId) {
        return jdbc.sql("SELECT version FROM read_model.ticket WHERE ticket_id = :id").param("id", ticketId)
                .query(Long.class).optional().orElse(0L);
    }
}
