package io.autocrm.query.queue;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers {@link FindTicketQueueQuery}: the queue page, also the initial result of the live stream's subscription. */
@Component
class TicketQueueQueryHandler {

    private final QueueReader reader;

    TicketQueueQueryHandler(QueueReader reader) {
        this.reader = reader;
    }

    @QueryHandler
    QueuePage handle(FindTicketQueueQuery query) {
        return reader.page(query);
    }
}
