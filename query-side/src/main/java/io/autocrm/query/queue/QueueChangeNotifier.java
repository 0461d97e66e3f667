package io.autocrm.query.queue;

import java.util.Collection;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Announces that a queue row changed, with PostgreSQL {@code NOTIFY} inside the projection's transaction: PostgreSQL
 * delivers it only if and when that transaction commits, to every node listening ({@link QueueChangeListener}),
 * so live queues on every node hear of every change, whichever node projected it.
 */
@Component
class QueueChangeNotifier {

    static final String CHANNEL = "autocrm_queue_changes";
    private static final RowCallbackHandler IGNORE = rs -> { };

    private final JdbcClient jdbc;

    QueueChangeNotifier(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /**
     * One notification per ticket, its id as payload, all in one statement. PostgreSQL also folds identical
     * notifications of one transaction into one, so a ticket is announced once per committed batch.
     */
    void changed(Collection<UUID> ticketIds) {
        if (!ticketIds.isEmpty()) {
            jdbc.sql("SELECT pg_notify(?, id) FROM unnest(CAST(? AS text[])) AS t(id)")
                    .params(CHANNEL, ticketIds.stream().map(UUID::toString).toArray(String[]::new)).query(IGNORE);
        }
    }
}
