package io.autocrm.query.ticketdetail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.autocrm.access.CurrentCaller;
import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.MetadataKeys;
import io.autocrm.events.common.TicketId;
import io.autocrm.events.ticket.InternalNoteAddedEvent;
import io.autocrm.events.ticket.Priority;
import io.autocrm.events.ticket.TicketPriorityChangedEvent;
import io.autocrm.query.queue.QueueReader;
import io.autocrm.query.access.CustomerViewRulesReader;
import io.autocrm.query.web.TicketReads;
import io.autocrm.query.web.TicketVisibility;
import io.autocrm.query.testing.FullTicket;
import io.autocrm.query.testing.ReadModelFixture;
import io.autocrm.query.testing.TestCaller;
import io.autocrm.platform.files.SignedLinks;
import java.time.Clock;
import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.axonframework.eventhandling.DomainEventMessage;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;

/** The live detail: conversation, personal-data joins, erasure, read-your-writes waiting. */
class TicketDetailTest {

    private static ReadModelFixture db;

    @BeforeAll
    static void database() {
        db = new ReadModelFixture(100);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void showsTheConversationOldestFirstWithAuthorsAndBodies() {
        FullTicket t = projected();

        ResponseEntity<Object> response = controller(Duration.ofSeconds(1)).detail(id(t), null, null);

        assertThat(response.getHeaders().getETag()).isEqualTo("\"17\"");
        TicketDetail detail = body(response);
        assertThat(detail.ticket().subject()).isEqualTo("Cannot print invoices");
        assertThat(detail.ticket().messageCount()).isEqualTo(4);
        assertThat(detail.messages()).extracting(MessageView::kind).containsExactly("description", "public-reply",
                "customer-message", "internal-note", "public-reply");
        assertThat(detail.messages()).extracting(MessageView::body).containsExactly(
                "My printer refuses every invoice", "Please restart the spooler", "Still broken this morning",
                "Customer sounds upset", "Automated: driver updated");
        assertThat(detail.messages()).extracting(MessageView::author).containsExactly(
                new MessageView.Author("customer", t.requester.toString(), "Rita Requester"),
                new MessageView.Author("agent", t.agent.toString(), "Ada Agent"),
                new MessageView.Author("customer", t.requester.toString(), "Rita Requester"),
                new MessageView.Author("agent", t.agent.toString(), "Ada Agent"),
                new MessageView.Author("api_key", "key-42", null));
        assertThat(detail.messages().getFirst().createdAt()).isEqualTo(detail.ticket().createdAt());
    }

    @Test
    void keepsEachMessageOnceWhenEventsAreRedelivered() {
        FullTicket t = projected();
        db.projections.apply(t.story.events());

        assertThat(body(controller(Duration.ZERO).detail(id(t), null, null)).messages()).hasSize(5);
    }

    @Test
    void showsAnErasedCustomersTicketWithoutPersonalData() {
        FullTicket t = projected();
        db.seed.erase(t.requester);

        TicketDetail detail = body(controller(Duration.ZERO).detail(id(t), null, null));

        assertThat(detail.ticket().subject()).isNull();
        assertThat(detail.ticket().requester().name()).isNull();
        assertThat(detail.ticket().requester().email()).isNull();
        assertThat(detail.ticket().requester().erased()).isTrue();
        assertThat(detail.messages()).hasSize(5).allSatisfy(m -> assertThat(m.body()).isNull());
        assertThat(detail.messages().getFirst().author().name()).isNull();
        assertThat(detail.messages().get(1).author().name()).isEqualTo("Ada Agent");
        assertThat(detail.ticket().version()).isEqualTo(17);
    }

    @Test
    void waitsForTheVersionAClientWrote() throws Exception {
        FullTicket t = projected();
        DomainEventMessage<?> next = t.story.next(new InternalNoteAddedEvent(t.story.id, MessageId.random(),
                t.agent));
        db.events.append(List.of(next));

        CompletableFuture<ResponseEntity<Object>> read = CompletableFuture.supplyAsync(
                () -> controller(Duration.ofSeconds(10)).detail(id(t), "18", null));
        await("the read waits for the version").during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(5))
                .until(() -> !read.isDone());
        // in one transaction, as the processor applies a batch: row and message become visible together
        new TransactionTemplate(new DataSourceTransactionManager(db.dataSource))
                .executeWithoutResult(status -> db.projections.apply(next));

        ResponseEntity<Object> response = read.get(10, TimeUnit.SECONDS);
        assertThat(body(response).ticket().version()).isEqualTo(18);
        assertThat(response.getHeaders().getETag()).isEqualTo("\"18\"");
        assertThat(body(response).messages()).hasSize(6);
    }

    @Test
    void answersReadModelBehindWhenTheVersionDoesNotArriveInTime() {
        FullTicket t = projected();
        db.events.append(List.of(t.story.next(new InternalNoteAddedEvent(t.story.id, MessageId.random(), t.agent))));

        assertThatThrownBy(() -> controller(Duration.ofMillis(200)).detail(id(t), "18", null))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.READ_MODEL_BEHIND);
                    assertThat(e.getMessage()).contains("version 17", "version 18");
                });
        assertThat(body(controller(Duration.ZERO).detail(id(t), "17", null)).ticket().version()).isEqualTo(17);
    }

    @Test
    void answersTicketNotFoundForUnknownIds() {
        TicketId unknown = TicketId.random();
        TicketDetailController controller = controller(Duration.ofMinutes(5));
        for (Function<TicketId, ?> read : List.<Function<TicketId, ?>>of(id -> controller.detail(id, null, null),
                id -> controller.detail(id, "3", null), id -> controller.detail(id, null, "2026-01-01T00:00:00Z"))) {
            assertThatThrownBy(() -> read.apply(unknown)).isInstanceOfSatisfying(DomainException.class,
                    e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.TICKET_NOT_FOUND));
        }
    }

    /** Regression: another aggregate's id waited out the whole max-wait and answered read-model-behind. */
    @Test
    void answersTicketNotFoundForAnotherAggregatesIdWithOrWithoutMinVersion() {
        TicketId customer = TicketId.of(db.customerStream());
        TicketDetailController controller = controller(Duration.ofSeconds(2));
        for (Function<TicketId, ?> read : List.<Function<TicketId, ?>>of(id -> controller.detail(id, null, null),
                id -> controller.detail(id, "1", null), id -> controller.detail(id, null, "2100-01-01T00:00:00Z"))) {
            assertThatThrownBy(() -> read.apply(customer)).isInstanceOfSatisfying(DomainException.class,
                    e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.TICKET_NOT_FOUND));
        }
    }

    /** Regression: a version the ticket has not reached answered read-model-behind, so clients retried forever. */
    @Test
    void refusesAMinVersionBeyondTheTicketsLatestVersion() {
        FullTicket t = projected();

        assertThatThrownBy(() -> controller(Duration.ofSeconds(2)).detail(id(t), "18", null))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(e.getMessage()).isEqualTo("minVersion 18 is beyond the ticket's latest version 17.");
                });
    }

    /** Regression: a ticket the event store has but the read model not yet answered ticket-not-found. */
    @Test
    void answersReadModelBehindForATicketNotProjectedYet() {
        FullTicket t = db.newTicket(Instant.parse("2026-05-03T10:00:00Z"));
        db.events.append(t.story.events());

        assertThatThrownBy(() -> controller(Duration.ZERO).detail(id(t), null, null)).isInstanceOfSatisfying(
                DomainException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.READ_MODEL_BEHIND));
    }

    @Test
    void refusesInvalidReadParameters() {
        FullTicket t = projected();
        TicketDetailController controller = controller(Duration.ZERO);
        for (String[] params : List.of(new String[] {"0", null}, new String[] {"x", null},
                new String[] {null, "yesterday"}, new String[] {"3", "2026-01-01T00:00:00Z"})) {
            assertThatThrownBy(() -> controller.detail(id(t), params[0], params[1]))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.VALIDATION_FAILED));
        }
    }

    @Test
    void rendersTheDetailAsTheQueueFieldsPlusMessagesWithAnETag() throws Exception {
        FullTicket t = projected();
        MockMvc mvc = MockMvcBuilders.standaloneSetup(controller(Duration.ZERO)).build();

        mvc.perform(get("/api/v1/tickets/{id}", t.story.ticketId).param("minVersion", "17"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"17\""))
                .andExpect(jsonPath("$.id").value(id(t).toString()))
                .andExpect(jsonPath("$.ticket").doesNotExist())
                .andExpect(jsonPath("$.subject").value("Cannot print invoices"))
                .andExpect(jsonPath("$.requester.email").value(Matchers.startsWith("rita-")))
                .andExpect(jsonPath("$.version").value(17))
                .andExpect(jsonPath("$.messages.length()").value(5))
                .andExpect(jsonPath("$.messages[0].kind").value("description"))
                .andExpect(jsonPath("$.messages[0].author.type").value("customer"))
                .andExpect(jsonPath("$.messages[0].createdAt").value("2026-05-01T10:00:00Z"))
                .andExpect(jsonPath("$.messages[3].kind").value("internal-note"));
    }

    /** Regression: a note without an agent author stopped the projection (NPE) and parked the ticket's later db.events. */
    @Test
    void attributesANotePostedByAnIntegrationToItsActor() {
        FullTicket t = db.newTicket(Instant.parse("2026-05-02T10:00:00Z"));
        MessageId note = MessageId.random();
        db.seed.body(note.value(), t.story.ticketId, t.requester, "Synced from the ERP");
        t.story.next(new InternalNoteAddedEvent(t.story.id, note, null), Map.of(MetadataKeys.ACTOR_TYPE, "api_key",
                MetadataKeys.ACTOR_ID, "key-7", MetadataKeys.CHANNEL, "api"));
        t.story.next(new TicketPriorityChangedEvent(t.story.id, Priority.HIGH, Priority.URGENT));
        db.events.append(t.story.events());
        db.projections.apply(t.story.events());

        TicketDetail detail = body(controller(Duration.ofSeconds(1)).detail(id(t), "19", null));
        assertThat(detail.ticket().version()).isEqualTo(19);
        assertThat(detail.messages().getLast().author()).isEqualTo(new MessageView.Author("api_key", "key-7", null));
        assertThat(detail.messages().getLast().body()).isEqualTo("Synced from the ERP");
        TicketDetail folded = body(controller(Duration.ZERO).detail(id(t), null, "2026-06-01T00:00:00Z"));
        assertThat(folded.messages().getLast().author()).isEqualTo(detail.messages().getLast().author());
    }

    static TicketDetailController controller(ReadModelFixture db, Duration maxWait) {
        return controller(db, maxWait, new TestCaller());
    }

    static TicketDetailController controller(ReadModelFixture db, Duration maxWait, CurrentCaller caller) {
        TicketReads reads = db.reads(maxWait);
        return new TicketDetailController(new DetailReader(new QueueReader(db.dataSource), db.dataSource,
                        new SignedLinks(JdbcClient.create(db.dataSource), Duration.ofMinutes(15), Clock.systemUTC())),
                new TicketHistoryAtInstant(reads, new FoldedTicketDisplay(db.dataSource)), reads,
                new TicketVisibility(db.dataSource, reads), caller, new CustomerViewRulesReader(db.dataSource));
    }

    /** The body of a staff read: the whole detail. */
    static TicketDetail body(ResponseEntity<Object> response) {
        return (TicketDetail) response.getBody();
    }

    private static TicketDetailController controller(Duration maxWait) {
        return controller(db, maxWait);
    }

    private static FullTicket projected() {
        FullTicket t = db.newTicket(Instant.parse("2026-05-01T10:00:00Z"));
        db.events.append(t.story.events());
        db.projections.apply(t.story.events());
        return t;
    }

    private static TicketId id(FullTicket t) {
        return new TicketId(t.story.ticketId);
    }
}
