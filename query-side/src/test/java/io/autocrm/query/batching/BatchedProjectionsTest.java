package io.autocrm.query.batching;

import static org.assertj.core.api.Assertions.assertThat;

import io.autocrm.events.ticket.TicketCustomFieldChangedEvent;
import io.autocrm.events.ticket.FieldType;
import io.autocrm.query.audit.AuditTestSupport;
import io.autocrm.query.queue.QueueTestSupport;
import io.autocrm.query.testing.FullTicket;
import io.autocrm.query.testing.ReadModelFixture;
import io.autocrm.query.testing.TicketStory;
import io.autocrm.query.ticketdetail.DetailTestSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.deadletter.DeadLetteringEventHandlerInvoker;
import org.axonframework.messaging.deadletter.InMemorySequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The projections write a batch's rows when the batch's unit of work commits (folded per ticket): the rows must be
 * exactly those of one event at a time, a redelivered batch must change nothing, and an event whose handler fails must
 * be dead-lettered with the rest of its ticket's sequence while the batch's other tickets are written.
 */
class BatchedProjectionsTest {

    private static final List<String> TABLES = List.of("read_model.ticket", "read_model.ticket_message",
            "read_model.ticket_audit");

    @Test
    void aBatchWritesTheSameRowsAsOneEventAtATimeAndARedeliveryChangesNothing() {
        try (ReadModelFixture oneByOne = new ReadModelFixture(7001);
             ReadModelFixture batched = new ReadModelFixture(7001)) {
            List<DomainEventMessage<?>> events = interleaved(oneByOne, 3);
            oneByOne.events.append(events);
            batched.events.append(events);

            oneByOne.projections.apply(oneByOne.events.replay());
            List<? extends TrackedEventMessage<?>> stream = batched.events.replay();
            List<AnnotationEventHandlerAdapter> handlers = handlers(batched);
            inOneUnitOfWork(stream.subList(0, stream.size() / 2), event -> invokeAll(handlers, event));
            inOneUnitOfWork(stream, event -> invokeAll(handlers, event));

            assertThat(dump(batched)).isEqualTo(dump(oneByOne));
            assertThat(dump(batched).get("read_model.ticket")).hasSize(3);
        }
    }

    @Test
    void aFailingEventDeadLettersOnlyItsTicketAndTheBatchWritesTheOthers() {
        try (ReadModelFixture db = new ReadModelFixture(7101)) {
            FullTicket healthy = db.newTicket(Instant.parse("2026-08-01T08:00:00Z"));
            FullTicket poisoned = db.newTicket(Instant.parse("2026-08-01T08:00:30Z"));
            int good = 5;
            TicketStory story = new TicketStory(poisoned.story.ticketId, Instant.parse("2026-08-01T08:00:30Z"));
            List<DomainEventMessage<?>> original = poisoned.story.events();
            for (int i = 0; i < original.size(); i++) {
                if (i == good) {
                    // Values null: the handler fails on it, as on any event it cannot read.
                    story.next(new TicketCustomFieldChangedEvent(story.id, "areas", FieldType.MULTI_SELECT, List.of(),
                            null));
                }
                story.next(original.get(i).getPayload(), original.get(i).getMetaData());
            }
            List<DomainEventMessage<?>> poisonedEvents = story.events();
            List<DomainEventMessage<?>> events = new ArrayList<>();
            for (int i = 0; i < poisonedEvents.size(); i++) {
                if (i < healthy.story.events().size()) {
                    events.add(healthy.story.events().get(i));
                }
                events.add(poisonedEvents.get(i));
            }
            SequencedDeadLetterQueue<EventMessage<?>> queue = InMemorySequencedDeadLetterQueue.defaultQueue();
            DeadLetteringEventHandlerInvoker invoker = DeadLetteringEventHandlerInvoker.builder()
                    .eventHandlers(new ArrayList<>(handlers(db))).queue(queue)
                    .transactionManager(NoTransactionManager.instance()).build();

            inOneUnitOfWork(events, event -> {
                try {
                    invoker.handle(event, Segment.ROOT_SEGMENT);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });

            JdbcClient jdbc = JdbcClient.create(db.dataSource);
            assertThat(version(jdbc, healthy)).isEqualTo(healthy.story.events().size());
            assertThat(version(jdbc, poisoned)).as("applied up to the event before the failing one").isEqualTo(good);
            assertThat(jdbc.sql("SELECT count(*) FROM read_model.ticket_audit WHERE ticket_id = ?")
                    .param(poisoned.story.ticketId).query(Long.class).single()).isEqualTo(good);
            assertThat(queue.contains(poisoned.story.ticketId.toString())).isTrue();
            assertThat(queue.contains(healthy.story.ticketId.toString())).isFalse();
            assertThat(queue.size()).isEqualTo(poisonedEvents.size() - good);
        }
    }

    /** The events of {@code count} full tickets, their events interleaved as concurrent writers would store them. */
    private static List<DomainEventMessage<?>> interleaved(ReadModelFixture db, int count) {
        List<List<DomainEventMessage<?>>> tickets = new ArrayList<>();
        for (int t = 0; t < count; t++) {
            tickets.add(db.newTicket(Instant.parse("2026-08-01T08:00:00Z").plus(Duration.ofSeconds(7L * t)))
                    .story.events());
        }
        List<DomainEventMessage<?>> events = new ArrayList<>();
        for (int i = 0; events.size() < tickets.stream().mapToInt(List::size).sum(); i++) {
            for (List<DomainEventMessage<?>> ticket : tickets) {
                if (i < ticket.size()) {
                    events.add(ticket.get(i));
                }
            }
        }
        return events;
    }

    private static List<AnnotationEventHandlerAdapter> handlers(ReadModelFixture db) {
        return List.of(new AnnotationEventHandlerAdapter(QueueTestSupport.ticketProjection(db.dataSource)),
                new AnnotationEventHandlerAdapter(DetailTestSupport.messageProjection(db.dataSource)),
                new AnnotationEventHandlerAdapter(AuditTestSupport.auditProjection(db.dataSource)));
    }

    private static void invokeAll(List<AnnotationEventHandlerAdapter> handlers, EventMessage<?> event) {
        for (AnnotationEventHandlerAdapter handler : handlers) {
            if (handler.canHandle(event)) {
                try {
                    handler.handle(event);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** Handles the events in one unit of work, as a processor handles a batch, and commits it. */
    private static void inOneUnitOfWork(List<? extends EventMessage<?>> events,
                                        Consumer<EventMessage<?>> handle) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(events.getFirst());
        try {
            events.forEach(handle);
        } catch (RuntimeException e) {
            unitOfWork.rollback(e);
            throw e;
        }
        unitOfWork.commit();
    }

    private static long version(JdbcClient jdbc, FullTicket t) {
        return jdbc.sql("SELECT version FROM read_model.ticket WHERE ticket_id = ?").param(t.story.ticketId)
                .query(Long.class).single();
    }

    private static Map<String, List<String>> dump(ReadModelFixture db) {
        JdbcClient jdbc = JdbcClient.create(db.dataSource);
        Map<String, List<String>> dump = new LinkedHashMap<>();
        TABLES.forEach(table -> dump.put(table,
                jdbc.sql("SELECT t::text FROM " + table + " t ORDER BY 1").query(String.class).list()));
        return dump;
    }
}
