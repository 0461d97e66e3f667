package io.autocrm.query.queue;

import javax.sql.DataSource;
import org.axonframework.queryhandling.QueryUpdateEmitter;

/** Builds this package's components for tests in other packages, keeping them package-private in main code. */
public final class QueueTestSupport {

    private QueueTestSupport() {
    }

    public static Object ticketProjection(DataSource dataSource, QueryUpdateEmitter emitter) {
        return new TicketProjection(new TicketTable(dataSource), new QueueUpdates(emitter, new QueueReader(dataSource)));
    }

    public static Object queryHandler(DataSource dataSource) {
        return new TicketQueueQueryHandler(new QueueReader(dataSource));
    }
}
