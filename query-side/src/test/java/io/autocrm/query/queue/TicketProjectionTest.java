package io.autocrm.query.queue;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.Channel;
import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.TeamId;
import io.autocrm.events.common.TicketId;
import io.autocrm.events.customer.CustomerErasedEvent;
import io.autocrm.events.customer.CustomerRegisteredEvent;
import io.autocrm.events.ticket.CustomFieldValue;
import io.autocrm.events.ticket.CustomerMessageAddedEvent;
import io.autocrm.events.ticket.FieldType;
import io.autocrm.events.ticket.InternalNoteAddedEvent;
import io.autocrm.events.ticket.Priority;
import io.autocrm.events.ticket.PublicReplyAddedEvent;
import io.autocrm.events.ticket.Status;
import io.autocrm.events.ticket.StatusCategory;
import io.autocrm.events.ticket.TicketAssignedEvent;
import io.autocrm.events.ticket.TicketCreatedEvent;
import io.autocrm.events.ticket.TicketCustomFieldChangedEvent;
import io.autocrm.events.ticket.TicketPriorityChangedEvent;
import io.autocrm.events.ticket.TicketStatusChangedEvent;
import io.autocrm.events.ticket.TicketTaggedEvent;
import io.autocrm.events.ticket.TicketTeamAssignedEvent;
import io.autocrm.events.ticket.TicketTeamUnassignedEvent;
import io.autocrm.events.ticket.TicketType;
import io.autocrm.events.ticket.TicketTypeChangedEvent;
import io.autocrm.events.ticket.TicketUnassignedEvent;
import io.autocrm.events.ticket.TicketUntaggedEvent;
import io.autocrm.query.testing.Projections;
import io.autocrm.query.testing.ReadModelDatabase;
import io.autocrm.query.testing.TicketStory;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every ticket event's effect on the queue row, on real PostgreSQL with the real migrations. */
class TicketProjectionTest {

    private static final AtomicLong NUMBERS = new AtomicLong(1001);
    private static HikariDataSource dataSource;
    private static Projections projections;
    private static QueueReader reader;

    private final UUID requester = UUID.randomUUID();
    private final AgentId agent = AgentId.random();
    private final TeamId team = TeamId.random();
    private final TicketStory story = new TicketStory(UUID.randomUUID(), Instant.parse("2026-03-01T09:00:00.123456Z"));
    private final TicketId id = story.id;

    @BeforeAll
    static void database() {
        dataSource = ReadModelDatabase.fresh();
        projections = new Projections(dataSource);
        reader = new QueueReader(dataSource);
    }

    @AfterAll
    static void close() {
        dataSource.close();
    }

    /**
     * The queue row's version is the ticket's: a detail read waits for it (minVersion), so an event of a ticket that
     * the row does not follow would leave every reader waiting for a version that never comes.
     */
    @Test
    void followsEveryEventOfATicket() throws Exception {
        var scanner = new org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) -> reader.getClassMetadata().getClassName().endsWith("Event"));
        java.util.Set<Class<?>> handled = new java.util.HashSet<>();
        for (java.lang.reflect.Method method : TicketProjection.class.getDeclaredMethods()) {
            if (method.isAnnotationPresent(org.axonframework.eventhandling.EventHandler.class)) {
                handled.add(method.getParameterTypes()[0]);
            }
        }
        List<String> missing = new java.util.ArrayList<>();
        var candidates = scanner.findCandidateComponents("io.autocrm.events.ticket");
        assertThat(candidates).as("the ticket events found").hasSizeGreaterThan(20);
        for (var candidate : candidates) {
            Class<?> event = Class.forName(candidate.getBeanClassName());
            if (event.isRecord() && event.getRecordComponents()[0].getName().equals("ticketId")
                    && !handled.contains(event)) {
                missing.add(event.getSimpleName());
            }
        }
        assertThat(missing).as("ticket events the queue row does not follow").isEmpty();
    }

    @Test
    void aMessagesFilesAndParticipantsMoveTheRowsVersion() {
        create();
        apply(new io.autocrm.events.ticket.MessageAttachmentsAddedEvent(id, MessageId.random(), List.of(
                new io.autocrm.events.ticket.AttachmentRef(io.autocrm.events.common.AttachmentId.random(), 1,
                        "text/plain", "0".repeat(64), false))));
        apply(new io.autocrm.events.ticket.TicketParticipantAddedEvent(id, CustomerId.random()));
        assertThat(row().version()).isEqualTo(3);
    }

    @Test
    void createsTheQueueRowFromTheCreation() {
        TicketId followed = TicketId.random();
        TicketCreatedEvent created = new TicketCreatedEvent(id, 4711, new CustomerId(requester), Channel.CHAT,
                Status.builtIn(StatusCategory.OPEN), Priority.HIGH, TicketType.PROBLEM, agent, team,
                List.of("vip", "billing", "vip"), List.of(CustomFieldValue.single("plan", FieldType.DROPDOWN, "gold"),
                new CustomFieldValue("areas", FieldType.MULTI_SELECT, List.of("eu", "us")),
                new CustomFieldValue("empty", FieldType.MULTI_SELECT, List.of())), MessageId.random(), followed);

        apply(created);

        QueueItem row = row();
        assertThat(row.number()).isEqualTo(4711);
        assertThat(row.requester().id()).isEqualTo(requester.toString());
        assertThat(row.status()).isEqualTo(new QueueItem.StatusRef("open", "open"));
        assertThat(row.priority()).isEqualTo("high");
        assertThat(row.type()).isEqualTo("problem");
        assertThat(row.assignee().id()).isEqualTo(agent.toString());
        assertThat(row.team().id()).isEqualTo(team.toString());
        assertThat(row.tags()).containsExactly("billing", "vip");
        assertThat(row.customFields()).isEqualTo(Map.of("plan", List.of("gold"), "areas", List.of("eu", "us")));
        assertThat(row.channel()).isEqualTo("chat");
        assertThat(row.followUpOf()).isEqualTo(followed.toString());
        assertThat(row.createdAt()).isEqualTo(Instant.parse("2026-03-01T09:00:00.123456Z"));
        assertThat(row.updatedAt()).isEqualTo(row.createdAt());
        assertThat(row.firstResponseAt()).isNull();
        assertThat(row.solvedAt()).isNull();
        assertThat(row.messageCount()).isEqualTo(1);
        assertThat(row.version()).isEqualTo(1);
    }

    @Test
    void followsStatusChangesAndKeepsTheLatestSolvedTime() {
        create();
        apply(status("new", "open"));
        assertThat(row().status()).isEqualTo(new QueueItem.StatusRef("open", "open"));
        assertThat(row().solvedAt()).isNull();

        Instant solvedAt = apply(status("open", "solved"));
        assertThat(row().solvedAt()).isEqualTo(solvedAt);

        apply(status("solved", "open"));
        assertThat(row().solvedAt()).as("reopening clears the solved time").isNull();

        Instant solvedAgain = apply(status("open", "solved"));
        apply(new TicketStatusChangedEvent(id, Status.builtIn(StatusCategory.SOLVED),
                new Status("solved-by-bot", StatusCategory.SOLVED)));
        assertThat(row().solvedAt()).as("a move within solved is no new entry").isEqualTo(solvedAgain);
        assertThat(row().status()).isEqualTo(new QueueItem.StatusRef("solved-by-bot", "solved"));

        Instant closedAt = apply(status("solved", "closed"));
        assertThat(row().solvedAt()).isEqualTo(solvedAgain);
        assertThat(row().updatedAt()).isEqualTo(closedAt);
        assertThat(row().version()).isEqualTo(7);
    }

    @Test
    void followsPriorityTypeAssigneeAndTeam() {
        create();
        apply(new TicketPriorityChangedEvent(id, Priority.NORMAL, Priority.URGENT));
        apply(new TicketTypeChangedEvent(id, TicketType.QUESTION, TicketType.TASK));
        apply(new TicketAssignedEvent(id, agent, null));
        apply(new TicketTeamAssignedEvent(id, team, null));
        assertThat(row().priority()).isEqualTo("urgent");
        assertThat(row().type()).isEqualTo("task");
        assertThat(row().assignee().id()).isEqualTo(agent.toString());
        assertThat(row().team().id()).isEqualTo(team.toString());
        assertThat(priorityRank()).isEqualTo(3);

        apply(new TicketUnassignedEvent(id, agent));
        apply(new TicketTeamUnassignedEvent(id, team));
        assertThat(row().assignee()).isNull();
        assertThat(row().team()).isNull();
        assertThat(row().version()).isEqualTo(7);
    }

    @Test
    void followsTagsAndCustomFields() {
        create();
        apply(new TicketTaggedEvent(id, List.of("zeta", "Alpha", "beta")));
        assertThat(row().tags()).containsExactly("Alpha", "beta", "zeta");
        apply(new TicketUntaggedEvent(id, List.of("beta")));
        assertThat(row().tags()).containsExactly("Alpha", "zeta");

        apply(new TicketCustomFieldChangedEvent(id, "plan", FieldType.DROPDOWN, List.of(), List.of("gold")));
        apply(new TicketCustomFieldChangedEvent(id, "areas", FieldType.MULTI_SELECT, List.of(), List.of("eu", "us")));
        apply(new TicketCustomFieldChangedEvent(id, "plan", FieldType.DROPDOWN, List.of("gold"), List.of("silver")));
        assertThat(row().customFields()).isEqualTo(Map.of("plan", List.of("silver"), "areas", List.of("eu", "us")));

        apply(new TicketCustomFieldChangedEvent(id, "plan", FieldType.DROPDOWN, List.of("silver"), List.of()));
        assertThat(row().customFields()).isEqualTo(Map.of("areas", List.of("eu", "us")));
    }

    /**
     * Regression: the creation sorted tags by UTF-16 unit and tagging by code point, so with an emoji (a surrogate
     * pair, U+D83D...) and a character of U+E000-U+FFFF the row's order depended on the path.
     */
    @Test
    void sortsTagsByCodePointOnEveryPath() {
        apply(TicketStory.created(story.ticketId, NUMBERS.getAndIncrement(), requester, UUID.randomUUID(),
                Priority.NORMAL, List.of("😀", "ｚ", "a"), List.of()));
        assertThat(row().tags()).containsExactly("a", "ｚ", "😀");

        apply(new TicketTaggedEvent(id, List.of("🙂", "ｙ")));
        assertThat(row().tags()).containsExactly("a", "ｙ", "ｚ", "😀", "🙂");
        apply(new TicketUntaggedEvent(id, List.of("a")));
        assertThat(row().tags()).containsExactly("ｙ", "ｚ", "😀", "🙂");
    }

    @Test
    void countsThePublicConversationAndTheFirstResponse() {
        create();
        apply(new InternalNoteAddedEvent(id, MessageId.random(), agent));
        assertThat(row().messageCount()).as("notes are not counted").isEqualTo(1);
        assertThat(row().version()).isEqualTo(2);

        Instant firstReply = apply(new PublicReplyAddedEvent(id, MessageId.random(), agent));
        apply(new CustomerMessageAddedEvent(id, MessageId.random(), new CustomerId(requester)));
        Instant lastReply = apply(new PublicReplyAddedEvent(id, MessageId.random(), null));

        assertThat(row().messageCount()).isEqualTo(4);
        assertThat(row().firstResponseAt()).isEqualTo(firstReply);
        assertThat(row().updatedAt()).isEqualTo(lastReply);
    }

    @Test
    void ignoresRedeliveredAndOutdatedEvents() {
        create();
        DomainEventMessage<?> tagged = story.next(new TicketTaggedEvent(id, List.of("vip")));
        DomainEventMessage<?> reply = story.next(new PublicReplyAddedEvent(id, MessageId.random(), agent));
        projections.apply(tagged, reply);
        QueueItem before = row();

        projections.apply(tagged, reply, story.events().getFirst());
        projections.apply(new GenericDomainEventMessage<>("Ticket", id.toString(), tagged.getSequenceNumber(),
                new TicketUntaggedEvent(id, List.of("vip"))));

        assertThat(row()).isEqualTo(before);
        assertThat(count("read_model.ticket_message")).isEqualTo(2);
        assertThat(count("read_model.ticket_audit")).isEqualTo(3);
    }

    @Test
    void ignoresEventsOfOtherAggregates() {
        CustomerId customer = CustomerId.random();
        projections.apply(new GenericDomainEventMessage<>("Customer", customer.toString(), 0,
                new CustomerRegisteredEvent(customer, null)), new GenericDomainEventMessage<>("Customer",
                customer.toString(), 1, new CustomerErasedEvent(customer)));

        assertThat(JdbcClient.create(dataSource).sql("SELECT count(*) FROM read_model.ticket_audit "
                + "WHERE ticket_id = :id").param("id", customer.value()).query(Long.class).single()).isZero();
        assertThat(reader.byId(customer.value())).isEmpty();
    }

    private void create() {
        apply(TicketStory.created(story.ticketId, NUMBERS.getAndIncrement(), requester, UUID.randomUUID()));
    }

    private TicketStatusChangedEvent status(String from, String to) {
        return new TicketStatusChangedEvent(id, Status.builtIn(StatusCategory.fromKey(from)),
                Status.builtIn(StatusCategory.fromKey(to)));
    }

    /** Applies the next event of the story and returns its (database-precision) time. */
    private Instant apply(Object event) {
        DomainEventMessage<?> message = story.next(event);
        projections.apply(message);
        return message.getTimestamp();
    }

    private QueueItem row() {
        return reader.byId(story.ticketId).orElseThrow();
    }

    private int priorityRank() {
        return JdbcClient.create(dataSource).sql("SELECT priority_rank FROM read_model.ticket WHERE ticket_id = :id")
                .param("id", story.ticketId).query(Integer.class).single();
    }

    private long count(String table) {
        return JdbcClient.create(dataSource).sql("SELECT count(*) FROM " + table + " WHERE ticket_id = :id")
                .param("id", story.ticketId).query(Long.class).single();
    }
}
