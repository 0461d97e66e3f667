package io.autocrm.query.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.Channel;
import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.TeamId;
import io.autocrm.events.common.TicketId;
import io.autocrm.events.ticket.CustomFieldValue;
import io.autocrm.events.ticket.FieldType;
import io.autocrm.events.ticket.InternalNoteAddedEvent;
import io.autocrm.events.ticket.Priority;
import io.autocrm.events.ticket.Status;
import io.autocrm.events.ticket.StatusCategory;
import io.autocrm.events.ticket.TicketCreatedEvent;
import io.autocrm.events.ticket.TicketType;
import io.autocrm.query.access.Viewer;
import io.autocrm.query.testing.Projections;
import io.autocrm.query.testing.ReadModelDatabase;
import io.autocrm.query.testing.Seed;
import io.autocrm.query.testing.TicketStory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The queue's filters, sorts, full text and personal-data joins over a small, known set of tickets. Ticket numbers
 * 1 to 5 name them in the expectations; every ticket in the database is one of these five.
 */
class QueueFilterTest {

    private static final Instant BASE = Instant.parse("2026-02-01T08:00:00Z");
    private static final UUID ALICE = UUID.randomUUID();
    private static final UUID BOB = UUID.randomUUID();
    private static final UUID CAROL = UUID.randomUUID();
    private static final AgentId ADA = AgentId.random();
    private static final AgentId BO = AgentId.random();
    private static final TeamId BILLING = TeamId.random();
    private static final TeamId TECH = TeamId.random();
    private static final UUID ACME = UUID.randomUUID();
    private static final UUID GLOBEX = UUID.randomUUID();
    private static HikariDataSource dataSource;
    private static QueueReader reader;

    @BeforeAll
    static void seed() {
        dataSource = ReadModelDatabase.fresh();
        reader = new QueueReader(dataSource);
        Seed seed = new Seed(dataSource).organisation(ACME, "Acme", false).organisation(GLOBEX, "Globex", true)
                .customer(ALICE, "Alice Able", "alice@example.com", ACME)
                .customer(BOB, "Bob Baker", "bob@example.com", GLOBEX).customer(CAROL, "Carol Clark", "carol@example.com")
                .agent(ADA.value(), "Ada Agent").agent(BO.value(), "Bo Agent")
                .team(BILLING.value(), "Billing").team(TECH.value(), "Tech");
        Projections projections = new Projections(dataSource);
        ticket(seed, projections, 1, ALICE, "open", Priority.URGENT, TicketType.INCIDENT, ADA, BILLING,
                List.of("vip", "billing"), List.of(CustomFieldValue.single("plan", FieldType.DROPDOWN, "gold")),
                Channel.EMAIL, "Printer on fire", "The printer in room four is burning", 1);
        ticket(seed, projections, 2, BOB, "pending", Priority.LOW, TicketType.QUESTION, null, TECH,
                List.of("billing"), List.of(CustomFieldValue.single("plan", FieldType.DROPDOWN, "silver"),
                        new CustomFieldValue("areas", FieldType.MULTI_SELECT, List.of("eu", "us"))),
                Channel.WEB, "Invoice missing", "Where is my invoice for March", 3);
        ticket(seed, projections, 3, CAROL, "solved", Priority.HIGH, TicketType.PROBLEM, BO, null,
                List.of("vip"), List.of(), Channel.CHAT, "Carol secret subject", "carol private words", 0);
        ticket(seed, projections, 4, ALICE, "new", Priority.NORMAL, TicketType.TASK, null, null,
                List.of(), List.of(), Channel.API, "Password reset", "Cannot log in since Monday", 2);
        ticket(seed, projections, 5, BOB, "waiting-on-vendor", Priority.HIGH, TicketType.INCIDENT, ADA, TECH,
                List.of(), List.of(), Channel.EMAIL, "Router blinking", "The router blinks red", 0);
        seed.erase(CAROL);
    }

    @AfterAll
    static void close() {
        dataSource.close();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "status=open; 1",
            "status=open&status=pending; 1,2",
            "status=open,waiting-on-vendor; 1,5",
            "category=pending; 2,5",
            "category=solved&category=new; 3,4",
            "priority=high; 3,5",
            "priority=urgent&priority=low; 1,2",
            "type=incident; 1,5",
            "channel=email; 1,5",
            "assigneeId=none; 2,4",
            "teamId=none; 3,4",
            "tag=vip; 1,3",
            "tag=vip&tag=billing; 1",
            "tag=billing,vip; 1",
            "cf.plan=gold; 1",
            "cf.areas=eu; 2",
            "cf.areas=eu&cf.areas=us&cf.plan=silver; 2",
            "cf.plan=bronze; ''",
            "q=invoice; 2",
            "q=burning; 1",
            "q=ROUTER blinks; 5",
            "q=secret; ''",
            "q=hidden note; 1,2,4",
            "category=open&priority=urgent&tag=vip; 1",
    })
    void filters(String query, String expectedNumbers) {
        assertThat(numbers(query)).containsExactlyInAnyOrderElementsOf(expected(expectedNumbers));
    }

    @Test
    void filtersByPeople() {
        assertThat(numbers("assigneeId=" + ADA)).containsExactlyInAnyOrder(1L, 5L);
        assertThat(numbers("teamId=" + TECH)).containsExactlyInAnyOrder(2L, 5L);
        assertThat(numbers("requesterId=" + ALICE)).containsExactlyInAnyOrder(1L, 4L);
        assertThat(numbers("requesterId=" + CAROL)).containsExactly(3L);
        assertThat(numbers("organisationId=" + ACME)).containsExactlyInAnyOrder(1L, 4L);
        assertThat(numbers("organisationId=" + ACME + "&organisationId=" + GLOBEX)).containsExactlyInAnyOrder(1L, 2L,
                4L, 5L);
    }

    @Test
    void countsWhatTheQueueWouldShow() {
        for (String query : List.of("", "category=pending", "tag=vip", "q=invoice", "organisationId=" + GLOBEX,
                "assigneeId=none&teamId=none", "cf.plan=bronze")) {
            assertThat(reader.count(QueueParams.forCount(params(query), Viewer.STAFF))).as(query)
                    .isEqualTo(numbers(query.isEmpty() ? "limit=100" : query + "&limit=100").size());
        }
        for (String refused : List.of("sort=number", "cursor=abc", "limit=5")) {
            assertThatThrownBy(() -> QueueParams.forCount(params(refused), Viewer.STAFF))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.getMessage())
                            .contains("Unknown query parameter"));
        }
    }

    @Test
    void filtersByTime() {
        assertThat(numbers("createdAfter=" + BASE.plus(Duration.ofHours(2)))).containsExactlyInAnyOrder(2L, 3L, 4L,
                5L);
        assertThat(numbers("createdBefore=" + BASE.plus(Duration.ofHours(2)))).containsExactlyInAnyOrder(1L);
        assertThat(numbers("createdAfter=" + BASE.plus(Duration.ofHours(2)) + "&createdBefore="
                + BASE.plus(Duration.ofHours(4)))).containsExactlyInAnyOrder(2L, 3L);
        // ticket 2 has three events after creation: updated at +2h +3min
        assertThat(numbers("updatedAfter=" + BASE.plus(Duration.ofHours(2).plusMinutes(3))
                + "&updatedBefore=" + BASE.plus(Duration.ofHours(3)))).containsExactly(2L);
    }

    /** Live streams match changed rows in memory; they must pick exactly the rows the SQL filter picks. */
    @Test
    void matchesInMemoryExactlyAsTheSqlFilter() {
        List<QueueItem> all = page("limit=100").items();
        assertThat(all).hasSize(5);
        for (String query : List.of("status=open&status=pending", "category=pending", "priority=high",
                "type=incident", "channel=email", "assigneeId=none", "teamId=none", "assigneeId=" + ADA,
                "teamId=" + TECH, "requesterId=" + BOB, "organisationId=" + ACME, "tag=vip&tag=billing", "cf.areas=eu&cf.plan=silver",
                "cf.plan=gold", "createdAfter=" + BASE.plus(Duration.ofHours(2)), "updatedBefore="
                        + BASE.plus(Duration.ofHours(3)), "category=open&priority=urgent&tag=vip")) {
            QueueFilter filter = QueueParams.forQueue(params(query), Viewer.STAFF).filter();
            assertThat(all.stream().filter(filter::matches).map(QueueItem::number).toList()).as(query)
                    .containsExactlyInAnyOrderElementsOf(numbers(query));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "number; 1,2,3,4,5",
            "-number; 5,4,3,2,1",
            "createdAt; 1,2,3,4,5",
            "-createdAt; 5,4,3,2,1",
            "updatedAt; 1,2,3,4,5",
            "-updatedAt; 5,4,3,2,1",
    })
    void sorts(String sort, String expectedNumbers) {
        assertThat(numbers("sort=" + sort)).containsExactlyElementsOf(expected(expectedNumbers));
    }

    @Test
    void sortsByPriorityRank() {
        List<String> ascending = page("sort=priority").items().stream().map(QueueItem::priority).toList();
        assertThat(ascending).containsExactly("low", "normal", "high", "high", "urgent");
        List<Long> descending = numbers("sort=-priority");
        assertThat(descending.getFirst()).isEqualTo(1L);
        assertThat(descending.getLast()).isEqualTo(2L);
    }

    @Test
    void findsATicketByItsNumberAsWellAsByItsWords() {
        assertThat(numbers("q=4")).containsExactly(4L);
        assertThat(numbers("q=#4")).containsExactly(4L);
        assertThat(numbers("q=99")).isEmpty();
    }

    @Test
    void defaultsToMostRecentlyUpdatedFirst() {
        assertThat(numbers("")).containsExactly(5L, 4L, 3L, 2L, 1L);
    }

    @Test
    void joinsPersonalDataAndNamesAtReadTime() {
        QueueItem first = page("status=open").items().getFirst();
        assertThat(first.subject()).isEqualTo("Printer on fire");
        assertThat(first.requester()).isEqualTo(new QueueItem.Requester(ALICE.toString(), "Alice Able",
                "alice@example.com", false));
        assertThat(first.assignee()).isEqualTo(new QueueItem.NamedRef(ADA.toString(), "Ada Agent"));
        assertThat(first.team()).isEqualTo(new QueueItem.NamedRef(BILLING.toString(), "Billing"));
        assertThat(first.organisation()).isEqualTo(new QueueItem.NamedRef(ACME.toString(), "Acme"));
    }

    @Test
    void showsAnErasedCustomersTicketsWithoutTheirPersonalData() {
        QueueItem erased = page("requesterId=" + CAROL).items().getFirst();
        assertThat(erased.number()).isEqualTo(3);
        assertThat(erased.requester()).isEqualTo(new QueueItem.Requester(CAROL.toString(), null, null, true));
        assertThat(erased.subject()).isNull();
        assertThat(erased.status().category()).isEqualTo("solved");
        assertThat(erased.messageCount()).isEqualTo(1);
        assertThat(erased.assignee().name()).isEqualTo("Bo Agent");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "colour=red; Unknown query parameter 'colour'",
            "status=Open!; Parameter 'status' has an unknown value 'Open!'",
            "category=closing; Parameter 'category' has an unknown value 'closing'",
            "priority=critical; Parameter 'priority' has an unknown value 'critical'",
            "type=bug; Parameter 'type' has an unknown value 'bug'",
            "channel=fax; Parameter 'channel' has an unknown value 'fax'",
            "assigneeId=bob; Parameter 'assigneeId' must be a UUID",
            "requesterId=none; Parameter 'requesterId' must be a UUID",
            "organisationId=acme; Parameter 'organisationId' must be a UUID",
            "createdAfter=yesterday; Parameter 'createdAfter' must be an ISO-8601 instant",
            "cf.Bad-Key=1; does not name a custom field key",
            "sort=subject; Parameter 'sort' must be one of updatedAt, createdAt, priority, number",
            "sort=number&sort=-number; Parameter 'sort' may be given only once",
            "limit=0; Parameter 'limit' must be a whole number from 1 to 100",
            "limit=101; Parameter 'limit' must be a whole number from 1 to 100",
            "limit=ten; Parameter 'limit' must be a whole number from 1 to 100",
            "cursor=not-a-cursor!; Parameter 'cursor' is not a cursor this API issued",
            "cursor=djF8LXVwZGF0ZWRBdHwzfG5vdC1hbi1pZA; Parameter 'cursor' is not a cursor this API issued",
    })
    void refusesInvalidParameters(String query, String detail) {
        assertThatThrownBy(() -> QueueParams.forQueue(params(query), Viewer.STAFF)).isInstanceOfSatisfying(DomainException.class,
                e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(e.getMessage()).contains(detail);
                });
    }

    @Test
    void refusesACursorOfAnotherSort() {
        String cursor = page("sort=number&limit=2").nextCursor();
        assertThatThrownBy(() -> page("sort=-number&cursor=" + cursor))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.getMessage())
                        .contains("belongs to sort 'number', not '-number'"));
    }

    private static void ticket(Seed seed, Projections projections, int number, UUID requester, String status,
                               Priority priority, TicketType type, AgentId assignee, TeamId team, List<String> tags,
                               List<CustomFieldValue> fields, Channel channel, String subject, String description,
                               int notes) {
        UUID ticketId = UUID.randomUUID();
        MessageId description1 = MessageId.random();
        Status initial = status.equals("waiting-on-vendor") ? new Status(status, StatusCategory.PENDING)
                : Status.builtIn(StatusCategory.fromKey(status));
        TicketStory story = new TicketStory(ticketId, BASE.plus(Duration.ofHours(number)));
        projections.apply(story.next(new TicketCreatedEvent(new TicketId(ticketId), number, new CustomerId(requester),
                channel, initial, priority, type, assignee, team, tags, fields, description1, null)));
        seed.subject(ticketId, requester, subject).body(description1.value(), ticketId, requester, description);
        for (int i = 0; i < notes; i++) {
            MessageId note = MessageId.random();
            projections.apply(story.next(new InternalNoteAddedEvent(story.id, note, BO)));
            seed.body(note.value(), ticketId, requester, "hidden note " + i);
        }
    }

    private static List<Long> expected(String numbers) {
        return numbers.isBlank() ? List.of()
                : List.of(numbers.split(",")).stream().map(String::trim).map(Long::valueOf).toList();
    }

    private static List<Long> numbers(String query) {
        return page(query).items().stream().map(QueueItem::number).toList();
    }

    private static QueuePage page(String query) {
        return reader.page(QueueParams.forQueue(params(query), Viewer.STAFF));
    }

    static MultiValueMap<String, String> params(String query) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        if (!query.isBlank()) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                params.add(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return params;
    }
}
