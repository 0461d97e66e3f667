package io.autocrm.query.testing;

import io.autocrm.query.audit.AuditTestSupport;
import io.autocrm.query.queue.QueueTestSupport;
import io.autocrm.query.ticketdetail.DetailTestSupport;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;

/**
 * The real projections behind Axon's own annotation adapter (the one event processors use), so parameter
 * resolution ({@code @SequenceNumber}, {@code @Timestamp}, {@code MetaData}) is exercised as in the app.
 */
public final class Projections {

    private final List<AnnotationEventHandlerAdapter> handlers;

    public Projections(DataSource dataSource) {
        handlers = List.of(new AnnotationEventHandlerAdapter(QueueTestSupport.ticketProjection(dataSource)),
                new AnnotationEventHandlerAdapter(DetailTestSupport.messageProjection(dataSource)),
                new AnnotationEventHandlerAdapter(DetailTestSupport.linkProjection(dataSource)),
                new AnnotationEventHandlerAdapter(AuditTestSupport.auditProjection(dataSource)),
                new AnnotationEventHandlerAdapter(io.autocrm.query.sla.SlaTestSupport.slaProjection(dataSource)));
    }

    public void apply(EventMessage<?>... events) {
        apply(List.of(events));
    }

    public void apply(List<? extends EventMessage<?>> events) {
        for (EventMessage<?> event : events) {
            for (AnnotationEventHandlerAdapter handler : handlers) {
                if (handler.canHandle(event)) {
                    handle(handler, event);
                }
            }
        }
    }

    private static void handle(AnnotationEventHandlerAdapter handler, EventMessage<?> event) {
        try {
            handler.handle(event);
        } catch (Exception e) {
            throw new IllegalStateException("projection failed on " + event.getPayloadType().getSimpleName(), e);
        }
    }
}
