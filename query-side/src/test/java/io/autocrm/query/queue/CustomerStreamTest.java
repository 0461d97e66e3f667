package io.autocrm.query.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;

import com.zaxxer.hikari.HikariDataSource;
import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.ticket.CustomFieldValue;
import io.autocrm.events.ticket.FieldType;
import io.autocrm.events.ticket.InternalNoteAddedEvent;
import io.autocrm.events.ticket.Priority;
import io.autocrm.events.ticket.PublicReplyAddedEvent;
import io.autocrm.events.ticket.Status;
import io.autocrm.events.ticket.StatusCategory;
import io.autocrm.events.ticket.TicketCustomFieldChangedEvent;
import io.autocrm.events.ticket.TicketPriorityChangedEvent;
import io.autocrm.events.ticket.TicketStatusChangedEvent;
import io.autocrm.events.ticket.TicketTaggedEvent;
import io.autocrm.query.access.CustomerViewRulesReader;
import io.autocrm.query.testing.Projections;
import io.autocrm.query.testing.ReadModelDatabase;
import io.autocrm.query.testing.Seed;
import io.autocrm.query.testing.TestCaller;
import io.autocrm.query.testing.TicketStory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
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
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.SmartLifecycle;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * A customer's live queue, read as the raw text a browser receives: only their tickets, only the customer view, never
 * a hidden member of a change (an agent's stream, subscribed alongside, shows that the test could see one), and a
 * removal when a ticket stops being visible to them.
 */
class CustomerStreamTest {

    private static final AtomicLong NUMBERS = new AtomicLong(6000);
    private static final Instant START = Instant.parse("2026-04-01T10:00:00Z");
    private static final AgentId AGENT = AgentId.random();

    @RegisterExtension
    static final TestCaller CALLER = new TestCaller();
    private static HikariDataSource dataSource;
    private static Seed seed;
    private SimpleQueryUpdateEmitter emitter;
    private SmartLifecycle listener;
    private Projections projections;
    private MockMvc mvc;

    @BeforeAll
    static void database() {
        dataSource = ReadModelDatabase.fresh();
        seed = new Seed(dataSource).customField("plan", true).customField("secret", false)
                .agent(AGENT.value(), "Ada Agent");
    }

    @AfterAll
    static void close() {
        dataSource.close();
    }

    @BeforeEach
    void node() {
        emitter = SimpleQueryUpdateEmitter.builder().build();
        listener = QueueTestSupport.startedListener(dataSource, emitter);
        projections = new Projections(dataSource);
        SimpleQueryBus queryBus = SimpleQueryBus.builder().queryUpdateEmitter(emitter).build();
        new AnnotationQueryHandlerAdapter<>(QueueTestSupport.queryHandler(dataSource)).subscribe(queryBus);
        TicketStreamController controller = new TicketStreamController(
                DefaultQueryGateway.builder().queryBus(queryBus).build(), new StreamProperties(Duration.ofMillis(200)),
                CALLER, new CustomerViewRulesReader(dataSource), new StreamsClosing(), caller -> true);
        mvc = MockMvcBuilders.standaloneSetup(controller).build();
    }

    @AfterEach
    void stopListening() {
        listener.stop();
    }

    @Test
    void streamsNothingHiddenToACustomerWhileTheirPublicRepliesArrive() throws Exception {
        UUID carl = customer("Carl");
        TicketStory own = ticket(carl);
        TicketStory foreign = ticket(customer("Fred"));
        String marker = "mk" + UUID.randomUUID().toString().replace("-", "");
        CALLER.customer(carl);
        MockHttpServletResponse customer = subscribe();
        CALLER.reset();
        MockHttpServletResponse agent = subscribe();
        await().until(() -> customer.getContentAsString().contains("snapshot")
                && agent.getContentAsString().contains("snapshot"));

        MessageId note = MessageId.random();
        seed.body(note.value(), own.ticketId, carl, "Internal " + marker);
        projections.apply(own.next(new InternalNoteAddedEvent(own.id, note, AGENT)));
        projections.apply(own.next(new TicketTaggedEvent(own.id, List.of(marker))));
        projections.apply(own.next(new TicketCustomFieldChangedEvent(own.id, "secret", FieldType.TEXT, List.of(),
                List.of(marker))));
        projections.apply(own.next(new TicketPriorityChangedEvent(own.id, Priority.NORMAL, Priority.URGENT)));
        projections.apply(foreign.next(status(foreign, "new", "open")));
        MessageId reply = MessageId.random();
        seed.body(reply.value(), own.ticketId, carl, "Public answer");
        projections.apply(own.next(new PublicReplyAddedEvent(own.id, reply, AGENT)));
        long replyVersion = own.events().size();

        await().until(() -> customer.getContentAsString().contains(own.ticketId + ":" + replyVersion));
        await().until(() -> agent.getContentAsString().contains(marker)
                && agent.getContentAsString().contains(foreign.ticketId.toString()));
        String text = customer.getContentAsString();
        assertThat(text).contains("event:snapshot", "event:ticket", own.ticketId.toString(), "\"plan\"")
                .doesNotContain(marker).doesNotContain(foreign.ticketId.toString());
        for (String hidden : List.of("priority", "urgent", "\"tags\"", "assignee", "team", "secret", "channel")) {
            assertThat(text).doesNotContain(hidden);
        }
    }

    @Test
    void removesATicketThatStopsBeingVisible() throws Exception {
        UUID organisation = UUID.randomUUID();
        seed.organisation(organisation, "Org " + organisation, true);
        UUID alice = customer("Alice");
        UUID anna = customer("Anna");
        seed.joins(alice, organisation).joins(anna, organisation);
        TicketStory annas = ticket(anna);
        CALLER.customerSharing(alice, organisation);
        MockHttpServletResponse stream = subscribe();
        await().until(() -> stream.getContentAsString().contains(annas.ticketId.toString()));

        projections.apply(annas.next(status(annas, "new", "open")));
        await().until(() -> stream.getContentAsString().contains("id:" + annas.ticketId + ":2"));
        seed.sharesTickets(organisation, false);
        projections.apply(annas.next(status(annas, "open", "pending")));

        await().until(() -> stream.getContentAsString().contains("event:ticket-removed"));
        assertThat(stream.getContentAsString()).contains("id:" + annas.ticketId + ":3\nevent:ticket-removed");
    }

    private MockHttpServletResponse subscribe() throws Exception {
        return mvc.perform(get("/api/v1/stream/tickets")).andExpect(request().asyncStarted()).andReturn()
                .getResponse();
    }

    private static UUID customer(String name) {
        UUID id = UUID.randomUUID();
        seed.customer(id, name, name.toLowerCase() + "-" + id + "@example.com");
        return id;
    }

    private TicketStory ticket(UUID requester) {
        TicketStory story = new TicketStory(UUID.randomUUID(), START);
        UUID description = UUID.randomUUID();
        seed.subject(story.ticketId, requester, "Printer on fire");
        projections.apply(story.next(TicketStory.created(story.ticketId, NUMBERS.getAndIncrement(), requester,
                description, Priority.NORMAL, List.of(), List.of(CustomFieldValue.single("plan", FieldType.TEXT,
                        "gold")))));
        return story;
    }

    private static TicketStatusChangedEvent status(TicketStory story, String from, String to) {
        return new TicketStatusChangedEvent(story.id, Status.builtIn(StatusCategory.fromKey(from)),
                Status.builtIn(StatusCategory.fromKey(to)));
    }
}
