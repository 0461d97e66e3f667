package io.autocrm.query.queue;

import io.autocrm.access.CurrentCaller;
import io.autocrm.query.access.CustomerViewRulesReader;
import javax.sql.DataSource;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.context.SmartLifecycle;

/** Builds this package's components for tests in other packages, keeping them package-private in main code. */
public final class QueueTestSupport {

    private QueueTestSupport() {
    }

    public static Object ticketProjection(DataSource dataSource) {
        return new TicketProjection(new TicketTable(dataSource), new QueueChangeNotifier(dataSource));
    }

    /** A node's listener for queue-change notifications, started; stop it with {@link SmartLifecycle#stop()}. */
    public static SmartLifecycle startedListener(DataSource dataSource, QueryUpdateEmitter emitter) {
        return startedListener(dataSource, emitter, new QueueReader(dataSource));
    }

    public static SmartLifecycle startedListener(DataSource dataSource, QueryUpdateEmitter emitter, QueueReader reader) {
        QueueChangeListener listener = new QueueChangeListener(dataSource, reader, emitter,
                new CustomerViewRulesReader(dataSource));
        listener.start();
        return listener;
    }

    /** {@code GET /api/v1/tickets} reading as {@code caller}. */
    public static Object queueController(DataSource dataSource, CurrentCaller caller) {
        return new TicketQueueController(new QueueReader(dataSource), caller, new CustomerViewRulesReader(dataSource));
    }

    public static Object queryHandler(DataSource dataSource) {
        return new TicketQueueQueryHandler(new QueueReader(dataSource));
    }
}
