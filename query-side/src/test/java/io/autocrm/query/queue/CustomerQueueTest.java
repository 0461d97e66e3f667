package io.autocrm.query.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.zaxxer.hikari.HikariDataSource;
import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.TeamId;
import io.autocrm.events.ticket.CustomFieldValue;
import io.autocrm.events.ticket.FieldType;
import io.autocrm.events.ticket.InternalNoteAddedEvent;
import io.autocrm.events.ticket.Priority;
import io.autocrm.events.ticket.Status;
import io.autocrm.events.ticket.StatusCategory;
import io.autocrm.events.ticket.TicketAssignedEvent;
import io.autocrm.events.ticket.TicketStatusChangedEvent;
import io.autocrm.events.ticket.TicketTeamAssignedEvent;
import io.autocrm.query.testing.ProblemAdvice;
import io.autocrm.query.testing.Projections;
import io.autocrm.query.testing.ReadModelDatabase;
import io.autocrm.query.testing.Seed;
import io.autocrm.query.testing.TestCaller;
import io.autocrm.query.testing.TicketStory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * A customer's queue: only the tickets they requested, or their sharing organisation's, under every filter, sort,
 * cursor and full-text search; filters on what the customer view hides are refused; rows in the customer view.
 * Five customers with five tickets each: Carl (no organisation), Alice and Anna (an organisation that shares
 * tickets), Bob and Bea (an organisation that does not).
 */
class CustomerQueueTest {

    private static final Instant BASE = Instant.parse("2026-03-01T08:00:00Z");
    private static final UUID CARL = UUID.randomUUID();
    private static final UUID ALICE = UUID.randomUUID();
    private static final UUID ANNA = UUID.randomUUID();
    private static final UUID BOB = UUID.randomUUID();
    private static final UUID BEA = UUID.randomUUID();
    private static final UUID SHARING = UUID.randomUUID();
    private static final UUID PRIVATE = UUID.randomUUID();
    private static final AgentId AGENT = AgentId.random();
    private static final TeamId TEAM = TeamId.random();
    private static final Map<UUID, List<UUID>> TICKETS = new HashMap<>();
    private static final Map<UUID, UUID> NOTED = new HashMap<>();

    @RegisterExtension
    static final TestCaller CALLER = new TestCaller();
    private static HikariDataSource dataSource;
    private static TicketQueueController controller;

    @BeforeAll
    static void seed() {
        dataSource = ReadModelDatabase.fresh();
        controller = (TicketQueueController) QueueTestSupport.queueController(dataSource, CALLER);
        Seed seed = new Seed(dataSource).organisation(SHARING, "Sharing Ltd", true)
                .organisation(PRIVATE, "Private Ltd", false).customField("plan", true).customField("score", false)
                .agent(AGENT.value(), "Ada Agent").team(TEAM.value(), "Secret Squad")
                .customer(CARL, "Carl", "carl@example.com")
                .customer(ALICE, "Alice", "alice@example.com", SHARING).customer(ANNA, "Anna", "anna@example.com", SHARING)
                .customer(BOB, "Bob", "bob@example.com", PRIVATE).customer(BEA, "Bea", "bea@example.com", PRIVATE);
        Projections projections = new Projections(dataSource);
        long number = 4000;
        int c = 0;
        for (UUID customer : List.of(CARL, ALICE, ANNA, BOB, BEA)) {
            List<UUID> tickets = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                tickets.add(ticket(seed, projections, customer, number++, c, i));
            }
            TICKETS.put(customer, tickets);
            c++;
        }
    }

    private static UUID ticket(Seed seed, Projections projections, UUID customer, long number, int c, int i) {
        TicketStory story = new TicketStory(UUID.randomUUID(), BASE.plus(Duration.ofMinutes(i * 60L + c)));
        UUID description = UUID.randomUUID();
        seed.subject(story.ticketId, customer, "Invoice " + (customer.equals(BOB) ? "walrus" : "question") + " " + i)
                .body(description, story.ticketId, customer, "Please help");
        projections.apply(story.next(TicketStory.created(story.ticketId, number, customer, description,
                Priority.values()[i % 4], List.of("t" + i), List.of(CustomFieldValue.single("plan", FieldType.TEXT,
                        i % 2 == 0 ? "basic" : "pro"), CustomFieldValue.single("score", FieldType.TEXT, "s" + i)))));
        projections.apply(story.next(new TicketAssignedEvent(story.id, AGENT, null)));
        projections.apply(story.next(new TicketTeamAssignedEvent(story.id, TEAM, null)));
        if (i % 2 == 1) {
            projections.apply(story.next(new TicketStatusChangedEvent(story.id, Status.builtIn(StatusCategory.NEW),
                    Status.builtIn(StatusCategory.OPEN))));
        }
        if (i == 0) {
            MessageId note = MessageId.random();
            seed.body(note.value(), story.ticketId, customer, "zebracrossing observed by staff");
            projections.apply(story.next(new InternalNoteAddedEvent(story.id, note, AGENT)));
            NOTED.put(customer, story.ticketId);
        }
        return story.ticketId;
    }

    @AfterAll
    static void close() {
        dataSource.close();
    }

    @Test
    void showsACustomerOnlyTheTicketsTheyRequested() {
        CALLER.customer(CARL);

        assertThat(customerIds(page("limit=100"))).containsExactlyInAnyOrderElementsOf(ids(CARL));
        assertThat(customerIds(page("requesterId=" + BOB))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"updatedAt", "-updatedAt", "createdAt", "-createdAt", "number", "-number"})
    void walksEverySortAndFilterPageByPageWithinTheirOwnTickets(String sort) {
        for (String filter : List.of("", "&category=open", "&status=new", "&cf.plan=pro",
                "&createdAfter=2026-03-01T09:00:00Z&createdBefore=2026-03-01T12:30:00Z")) {
            CALLER.reset();
            List<String> expected = items(page("limit=100&requesterId=" + CARL + "&sort=" + sort + filter));
            CALLER.customer(CARL);
            List<String> walked = new ArrayList<>();
            String cursor = null;
            do {
                CustomerQueuePage page = (CustomerQueuePage) controller.queue(QueueFilterTest.params("limit=2&sort="
                        + sort + filter + (cursor == null ? "" : "&cursor=" + cursor)));
                page.items().forEach(item -> walked.add(item.id()));
                cursor = page.nextCursor();
            } while (cursor != null);
            assertThat(walked).as(sort + filter).isNotEmpty().containsExactlyElementsOf(expected);
        }
    }

    @Test
    void searchesOnlyTheSubjectAndThePublicConversation() {
        assertThat(items(page("q=zebracrossing"))).as("staff search notes")
                .containsExactlyInAnyOrderElementsOf(NOTED.values().stream().map(UUID::toString).toList());

        CALLER.customer(CARL);
        assertThat(customerIds(page("q=zebracrossing"))).isEmpty();
        assertThat(customerIds(page("q=question&limit=100"))).containsExactlyInAnyOrderElementsOf(ids(CARL));
        assertThat(customerIds(page("q=walrus"))).isEmpty();
        assertThat(customerIds(page("q=help&sort=createdAt&limit=3"))).hasSize(3).isSubsetOf(ids(CARL));
    }

    @Test
    void showsTheTicketsOfASharingOrganisationToItsMembers() {
        CALLER.customerSharing(ALICE, SHARING);

        List<String> both = new ArrayList<>(ids(ALICE));
        both.addAll(ids(ANNA));
        assertThat(customerIds(page("limit=100"))).containsExactlyInAnyOrderElementsOf(both);
        assertThat(customerIds(page("limit=100&requesterId=" + ANNA))).containsExactlyInAnyOrderElementsOf(ids(ANNA));
        assertThat(customerIds(page("limit=100&requesterId=" + CARL))).isEmpty();
    }

    @Test
    void keepsTheTicketsOfAnOrganisationThatDoesNotShareToEachRequester() {
        CALLER.customer(BOB);

        assertThat(customerIds(page("limit=100"))).containsExactlyInAnyOrderElementsOf(ids(BOB));
        assertThat(customerIds(page("requesterId=" + BEA))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"priority=high", "type=question", "channel=web", "assigneeId=none", "teamId=none",
        "tag=t1", "cf.score=s1", "cf.no_such_field=x", "sort=priority", "sort=-priority", "status=new&tag=t0"})
    void refusesFiltersAndSortsOnWhatTheCustomerViewHides(String query) {
        CALLER.customer(CARL);

        assertThatThrownBy(() -> page(query)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.CUSTOMER_ACTION_FORBIDDEN));
    }

    @Test
    void rendersRowsInTheCustomerViewOnly() throws Exception {
        MockMvc mvc = MockMvcBuilders.standaloneSetup(controller).setControllerAdvice(new ProblemAdvice()).build();
        CALLER.customer(CARL);

        String json = mvc.perform(get("/api/v1/tickets").param("limit", "100")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(json).contains(ids(CARL)).contains("\"plan\"", "\"label\":\"Open\"", "Invoice question");
        for (String hidden : List.of("priority", "\"tags\"", "\"t1\"", "assignee", "Ada Agent", "team",
                "Secret Squad", "score", "\"s1\"", "channel", "messageCount", "zebracrossing", ALICE.toString())) {
            assertThat(json).doesNotContain(hidden);
        }
        mvc.perform(get("/api/v1/tickets").param("tag", "t1")).andExpect(status().isForbidden());
    }

    private Object page(String query) {
        return controller.queue(QueueFilterTest.params(query));
    }

    private static List<String> customerIds(Object page) {
        return ((CustomerQueuePage) page).items().stream().map(CustomerTicket::id).toList();
    }

    private static List<String> items(Object page) {
        return ((QueuePage) page).items().stream().map(QueueItem::id).toList();
    }

    private static List<String> ids(UUID customer) {
        return TICKETS.get(customer).stream().map(UUID::toString).toList();
    }
}
