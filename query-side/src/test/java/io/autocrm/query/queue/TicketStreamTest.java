package io.autocrm.query.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import io.autocrm.events.common.Channel;
import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.ticket.Priority;
import io.autocrm.events.ticket.Status;
import io.autocrm.events.ticket.StatusCategory;
import io.autocrm.events.ticket.TicketCreatedEvent;
import io.autocrm.events.ticket.TicketPriorityChangedEvent;
import io.autocrm.events.ticket.TicketStatusChangedEvent;
import io.autocrm.events.ticket.TicketType;
import io.autocrm.query.access.CustomerViewRulesReader;
import io.autocrm.query.testing.Projections;
import io.autocrm.query.testing.ReadModelDatabase;
import io.autocrm.query.testing.TestCaller;
import io.autocrm.query.testing.TicketStory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import reactor.core.Disposable;

/**
 * The live queue over Axon's real query bus and update emitter: snapshot first, then changes of matching tickets
 * (and removals when a change takes a ticket out of the filter), heartbeats, and no subscription left behind.
 */
class TicketStreamTest {

    private static final AtomicLong NUMBERS = new AtomicLong(1);
    private static HikariDataSource dataSource;
    private SimpleQueryUpdateEmitter emitter;
    private SmartLifecycle listener;
    private Projections projections;
    private TicketStreamController controller;
    private StreamsClosing closing;

    @BeforeAll
    static void database() {
        dataSource = ReadModelDatabase.fresh();
    }

    @AfterAll
    static void close() {
        dataSource.close();
    }

    @BeforeEach
    void axon() {
        emitter = SimpleQueryUpdateEmitter.builder().build();
        listener = QueueTestSupport.startedListener(dataSource, emitter);
        projections = new Projections(dataSource);
        closing = new StreamsClosing();
        closing.start();
        controller = node(emitter, closing);
    }

    @AfterEach
    void stopListening() {
        listener.stop();
    }

    /** One node's query side: its own emitter and query bus, as each JVM has. */
    private static TicketStreamController node(SimpleQueryUpdateEmitter emitter, StreamsClosing closing) {
        return node(emitter, closing, caller -> true);
    }

    private static TicketStreamController node(SimpleQueryUpdateEmitter emitter, StreamsClosing closing,
                                               io.autocrm.access.CallerRecheck recheck) {
        SimpleQueryBus queryBus = SimpleQueryBus.builder().queryUpdateEmitter(emitter).build();
        new AnnotationQueryHandlerAdapter<>(QueueTestSupport.queryHandler(dataSource)).subscribe(queryBus);
        return new TicketStreamController(DefaultQueryGateway.builder().queryBus(queryBus).build(),
                new StreamProperties(Duration.ofMillis(150)), new TestCaller(), new CustomerViewRulesReader(dataSource),
                closing, recheck);
    }

    @Test
    void streamsTheSnapshotThenChangesOfMatchingTickets() {
        TicketStory before = ticket("open");
        List<ServerSentEvent<Object>> received = new CopyOnWriteArrayList<>();
        Disposable subscription = controller.stream(QueueFilterTest.params("category=open&priority=normal"))
                .subscribe(received::add);
        await().until(() -> !events(received).isEmpty());

        TicketStory later = ticket("new");
        projections.apply(later.next(status(later, "new", "open")));
        projections.apply(before.next(new TicketPriorityChangedEvent(before.id, Priority.NORMAL, Priority.HIGH)));
        projections.apply(before.next(status(before, "open", "pending")));
        await().until(() -> events(received).size() == 3);

        List<ServerSentEvent<Object>> events = events(received);
        QueuePage snapshot = (QueuePage) events.getFirst().data();
        assertThat(events.getFirst().event()).isEqualTo("snapshot");
        assertThat(snapshot.items()).extracting(QueueItem::id).contains(before.ticketId.toString())
                .doesNotContain(later.ticketId.toString());
        assertThat(events.get(1).event()).isEqualTo("ticket");
        assertThat(events.get(1).id()).isEqualTo(later.ticketId + ":2");
        assertThat(((QueueItem) events.get(1).data()).status().key()).isEqualTo("open");
        // A stream shows each ticket's current row: the removal carries whichever version was current when read,
        // the priority change (2) or the status change after it (3); both take the ticket out of this view.
        assertThat(events.get(2).event()).isEqualTo("ticket-removed");
        assertThat(events.get(2).id()).isIn(before.ticketId + ":2", before.ticketId + ":3");
        assertThat(events.get(2).data()).isIn(Map.of("id", before.ticketId.toString(), "version", 2L),
                Map.of("id", before.ticketId.toString(), "version", 3L));

        subscription.dispose();
        await().until(() -> emitter.activeSubscriptions().isEmpty());
    }

    @Test
    void sendsAFreshSnapshotWhenTheNodeMayHaveMissedChanges() {
        List<ServerSentEvent<Object>> received = new CopyOnWriteArrayList<>();
        Disposable subscription = controller.stream(QueueFilterTest.params("category=open")).subscribe(received::add);
        await().until(() -> !events(received).isEmpty());
        listener.stop();
        TicketStory unheard = ticket("new");
        projections.apply(unheard.next(status(unheard, "new", "open")));
        await().during(Duration.ofMillis(500)).until(() -> events(received).size() == 1);

        emitter.emit(FindTicketQueueQuery.class, query -> true, QueueChange.CHANGES_MISSED);

        await().until(() -> events(received).size() == 2);
        ServerSentEvent<Object> fresh = events(received).get(1);
        assertThat(fresh.event()).isEqualTo("snapshot");
        assertThat(((QueuePage) fresh.data()).items()).extracting(QueueItem::id).contains(unheard.ticketId.toString());
        subscription.dispose();
    }

    @Test
    void endsEveryStreamWhenTheNodeShutsDown() {
        AtomicInteger ended = new AtomicInteger();
        Disposable open = controller.stream(QueueFilterTest.params("")).doOnComplete(ended::incrementAndGet)
                .subscribe(e -> { });
        await().until(() -> !emitter.activeSubscriptions().isEmpty());

        closing.stop();

        await().until(() -> ended.get() == 1 && emitter.activeSubscriptions().isEmpty());
        Disposable late = controller.stream(QueueFilterTest.params("")).doOnComplete(ended::incrementAndGet)
                .subscribe(e -> { });
        await().until(() -> ended.get() == 2 && emitter.activeSubscriptions().isEmpty());
        assertThat(open.isDisposed() && late.isDisposed()).isTrue();
    }

    @Test
    void endsAStreamWhoseCallerNoLongerStands() {
        java.util.concurrent.atomic.AtomicBoolean stands = new java.util.concurrent.atomic.AtomicBoolean(true);
        AtomicInteger checks = new AtomicInteger();
        AtomicInteger ended = new AtomicInteger();
        TicketStreamController rechecking = node(emitter, closing, caller -> {
            checks.incrementAndGet();
            if (checks.get() == 2) {
                throw new IllegalStateException("database away");
            }
            return stands.get();
        });
        rechecking.stream(QueueFilterTest.params("")).doOnComplete(ended::incrementAndGet).subscribe(e -> { });
        await().until(() -> checks.get() >= 3);
        assertThat(ended).as("a check that fails is no verdict").hasValue(0);

        stands.set(false);

        await().until(() -> ended.get() == 1 && emitter.activeSubscriptions().isEmpty());
    }

    @Test
    void readsChangedRowsOnlyWhileSomeStreamListens() {
        listener.stop();
        await().until(() -> listeningSessions() == 0);
        AtomicInteger reads = new AtomicInteger();
        QueueReader countingReader = new QueueReader(dataSource) {
            @Override
            public List<QueueChange> changes(java.util.Collection<UUID> ticketIds) {
                reads.incrementAndGet();
                return super.changes(ticketIds);
            }
        };
        listener = QueueTestSupport.startedListener(dataSource, emitter, countingReader);
        // The listener starts listening on its own thread; a notification before that reaches nobody.
        await().until(() -> listeningSessions() == 1);
        TicketStory unwatched = ticket("new");
        projections.apply(unwatched.next(status(unwatched, "new", "open")));
        await().during(Duration.ofMillis(1200)).atMost(Duration.ofSeconds(3)).until(() -> reads.get() == 0);

        Disposable subscription = controller.stream(QueueFilterTest.params("")).subscribe(e -> { });
        await().until(() -> !emitter.activeSubscriptions().isEmpty());
        projections.apply(unwatched.next(status(unwatched, "open", "pending")));
        await().until(() -> reads.get() > 0);
        subscription.dispose();
    }

    /** Database sessions of this test's database whose last statement is the queue channel's LISTEN. */
    private long listeningSessions() {
        return JdbcClient.create(dataSource).sql("SELECT count(*) FROM pg_stat_activity"
                + " WHERE datname = current_database() AND query = 'LISTEN " + QueueChangeNotifier.CHANNEL + "'")
                .query(Long.class).single();
    }

    @Test
    void keepsStreamingAfterANotificationThatNamesNoTicket() {
        List<ServerSentEvent<Object>> received = new CopyOnWriteArrayList<>();
        Disposable subscription = controller.stream(QueueFilterTest.params("category=pending")).subscribe(received::add);
        await().until(() -> !events(received).isEmpty());

        JdbcClient.create(dataSource).sql("SELECT pg_notify('autocrm_queue_changes', 'not-a-ticket')")
                .query(rs -> { });
        TicketStory ticket = ticket("open");
        projections.apply(ticket.next(status(ticket, "open", "pending")));

        await().until(() -> events(received).stream().anyMatch(e -> (ticket.ticketId + ":2").equals(e.id())));
        subscription.dispose();
    }

    @Test
    void feedsStreamsOnEveryNodeWhicheverNodeProjectedTheChange() {
        SimpleQueryUpdateEmitter otherEmitter = SimpleQueryUpdateEmitter.builder().build();
        SmartLifecycle otherListener = QueueTestSupport.startedListener(dataSource, otherEmitter);
        try {
            List<ServerSentEvent<Object>> received = new CopyOnWriteArrayList<>();
            Disposable subscription = node(otherEmitter, new StreamsClosing()).stream(QueueFilterTest.params("category=open"))
                    .subscribe(received::add);
            await().until(() -> !events(received).isEmpty());

            TicketStory ticket = ticket("new");
            projections.apply(ticket.next(status(ticket, "new", "open")));

            await().until(() -> events(received).stream().anyMatch(e -> (ticket.ticketId + ":2").equals(e.id())));
            subscription.dispose();
        } finally {
            otherListener.stop();
        }
    }

    @Test
    void announcesAChangeOnlyWhenItsTransactionCommits() {
        List<ServerSentEvent<Object>> received = new CopyOnWriteArrayList<>();
        Disposable subscription = controller.stream(QueueFilterTest.params("category=pending")).subscribe(received::add);
        await().until(() -> !events(received).isEmpty());
        TicketStory rolledBack = ticket("open");
        TicketStory committed = ticket("open");
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));

        transaction.executeWithoutResult(status -> {
            projections.apply(rolledBack.next(status(rolledBack, "open", "pending")));
            status.setRollbackOnly();
        });
        transaction.executeWithoutResult(status -> projections.apply(committed.next(status(committed, "open", "pending"))));

        await().until(() -> events(received).stream().anyMatch(e -> (committed.ticketId + ":2").equals(e.id())));
        assertThat(events(received)).noneMatch(e -> e.id() != null && e.id().startsWith(rolledBack.ticketId.toString()));
        subscription.dispose();
    }

    @Test
    void sendsHeartbeatsWhileIdle() {
        List<ServerSentEvent<Object>> received = new CopyOnWriteArrayList<>();
        Disposable subscription = controller.stream(QueueFilterTest.params("")).subscribe(received::add);

        await().until(() -> received.stream().filter(e -> "heartbeat".equals(e.comment())).count() >= 2);
        assertThat(emitter.activeSubscriptions()).hasSize(1);
        subscription.dispose();
        await().until(() -> emitter.activeSubscriptions().isEmpty());
    }

    @Test
    void refusesFullTextAndCursorsBeforeSubscribing() {
        for (String query : List.of("q=printer", "cursor=abc", "status=Bad!")) {
            assertThatThrownBy(() -> controller.stream(QueueFilterTest.params(query)))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.VALIDATION_FAILED));
        }
        assertThat(emitter.activeSubscriptions()).isEmpty();
    }

    private TicketStory ticket(String status) {
        TicketStory story = new TicketStory(UUID.randomUUID(), Instant.parse("2026-04-01T10:00:00Z"));
        projections.apply(story.next(new TicketCreatedEvent(story.id, NUMBERS.getAndIncrement(),
                CustomerId.random(), Channel.WEB, Status.builtIn(StatusCategory.fromKey(status)), Priority.NORMAL,
                TicketType.QUESTION, null, null, List.of(), List.of(), MessageId.random(), null)));
        return story;
    }

    private static TicketStatusChangedEvent status(TicketStory story, String from, String to) {
        return new TicketStatusChangedEvent(story.id, Status.builtIn(StatusCategory.fromKey(from)),
                Status.builtIn(StatusCategory.fromKey(to)));
    }

    private static List<ServerSentEvent<Object>> events(List<ServerSentEvent<Object>> received) {
        return received.stream().filter(e -> e.event() != null).toList();
    }
}
