package io.autocrm.query.ticketdetail;

import static io.autocrm.query.ticketdetail.TicketDetailTest.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import io.autocrm.events.common.TicketId;
import io.autocrm.events.ticket.Priority;
import io.autocrm.events.ticket.SlaPolicyAppliedEvent;
import io.autocrm.events.common.MetadataKeys;
import io.autocrm.events.ticket.TicketTaggedEvent;
import io.autocrm.query.queue.QueueItem;
import io.autocrm.query.testing.FullTicket;
import io.autocrm.query.testing.ReadModelFixture;
import io.autocrm.query.testing.TicketStory;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Time travel and rebuilds: events go through Axon's JDBC event store and Jackson serializer and come back as a
 * tracking processor would read them. Timestamps start with nanoseconds, of which the store keeps milliseconds.
 */
class TicketAsOfTest {

    private static final Instant START = Instant.parse("2026-05-01T10:00:00.123456789Z");
    private static ReadModelFixture db;
    private static TicketDetailController controller;

    @BeforeAll
    static void database() {
        db = new ReadModelFixture(300);
        controller = TicketDetailTest.controller(db, Duration.ZERO);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void foldOfAllEventsEqualsTheLiveDetail() {
        FullTicket t = stored();

        TicketDetail live = body(controller.detail(id(t), null, null));
        TicketDetail folded = body(controller.detail(id(t), null, "2100-01-01T00:00:00Z"));

        assertThat(folded).isEqualTo(live);
        assertThat(live.ticket().version()).isEqualTo(17);
        assertThat(live.ticket().updatedAt()).isEqualTo(at(t, 16));
    }

    @Test
    void foldEqualsTheLiveDetailAfterErasureToo() {
        FullTicket t = stored();
        db.seed.erase(t.requester);

        TicketDetail folded = body(controller.detail(id(t), null, "2100-01-01T00:00:00Z"));

        assertThat(folded).isEqualTo(body(controller.detail(id(t), null, null)));
        assertThat(folded.ticket().requester().erased()).isTrue();
        assertThat(folded.messages()).allSatisfy(m -> assertThat(m.body()).isNull());
    }

    /** Regression: the fold sorted tags by UTF-16 unit, the read model by code point (emoji after U+FF5A). */
    @Test
    void foldSortsTagsByCodePointAsTheLiveRowDoes() {
        TicketStory story = new TicketStory(UUID.randomUUID(), START);
        UUID requester = UUID.randomUUID();
        db.seed.customer(requester, "Tia Tagger", "tia-" + story.ticketId + "@example.com");
        story.next(TicketStory.created(story.ticketId, db.nextNumber(), requester, UUID.randomUUID(),
                Priority.LOW, List.of("😀", "ｚ"), List.of()));
        story.next(new TicketTaggedEvent(story.id, List.of("b")));
        // AutoCRM's own SLA record after it: the version moves, "updated" does not, folded as live.
        story.next(new SlaPolicyAppliedEvent(story.id, UUID.randomUUID(), 1, "Standard", null, 75, false, List.of()),
                java.util.Map.of(MetadataKeys.ACTOR_TYPE, "system", MetadataKeys.ACTOR_ID, "system"));
        storeAndProject(story);

        TicketDetail live = body(controller.detail(new TicketId(story.ticketId), null, null));
        TicketDetail folded = body(controller.detail(new TicketId(story.ticketId), null, "2100-01-01T00:00:00Z"));

        assertThat(live.ticket().tags()).containsExactly("b", "ｚ", "😀");
        assertThat(live.ticket().updatedAt()).isEqualTo(story.events().get(1).getTimestamp().truncatedTo(ChronoUnit.MILLIS));
        assertThat(folded).isEqualTo(live);
    }

    @Test
    void showsTheTicketAsItWasAtAnInstant() {
        FullTicket t = stored();

        TicketDetail created = asOf(t, at(t, 0).plusSeconds(30));
        assertThat(created.ticket().version()).isEqualTo(1);
        assertThat(created.ticket().status()).isEqualTo(new QueueItem.StatusRef("new", "new"));
        assertThat(created.ticket().assignee()).isNull();
        assertThat(created.ticket().tags()).containsExactly("vip");
        assertThat(created.ticket().customFields()).isEqualTo(Map.of("plan", List.of("gold")));
        assertThat(created.messages()).extracting(MessageView::kind).containsExactly("description");
        assertThat(created.ticket().subject()).isEqualTo("Cannot print invoices");

        TicketDetail replied = asOf(t, at(t, 4));
        assertThat(replied.ticket().version()).isEqualTo(5);
        assertThat(replied.ticket().assignee()).isEqualTo(new QueueItem.NamedRef(t.agent.toString(), "Ada Agent"));
        assertThat(replied.ticket().team().id()).isEqualTo(t.team.toString());
        assertThat(replied.ticket().firstResponseAt()).isEqualTo(at(t, 4));
        assertThat(replied.ticket().messageCount()).isEqualTo(2);

        assertThat(asOf(t, at(t, 12)).ticket().solvedAt()).isEqualTo(at(t, 12));
        assertThat(asOf(t, at(t, 13)).ticket().solvedAt()).isNull();
        TicketDetail last = asOf(t, at(t, 16));
        assertThat(last.ticket().solvedAt()).isEqualTo(at(t, 16));
        assertThat(last.ticket().team()).isNull();
        assertThat(last.ticket().tags()).containsExactly("billing");
    }

    @Test
    void answersTicketNotFoundBeforeTheCreation() {
        FullTicket t = stored();

        assertThatThrownBy(() -> asOf(t, START.minusSeconds(1))).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.TICKET_NOT_FOUND));
    }

    @Test
    void rebuildingTheReadModelsFromTheEventStoreGivesTheSameRows() {
        stored();
        stored();
        String live = dump();

        truncateReadModels(db);
        assertThat(dump()).isNotEqualTo(live);
        db.projections.apply(db.events.replay());

        assertThat(dump()).isEqualTo(live);
    }

    private static FullTicket stored() {
        FullTicket t = db.newTicket(START);
        storeAndProject(t.story);
        return t;
    }

    /** Stores the story's events and projects them as a tracking processor reads them back. */
    private static void storeAndProject(TicketStory story) {
        db.events.append(story.events());
        List<? extends TrackedEventMessage<?>> tracked = db.events.replay();
        db.projections.apply(tracked.stream().filter(e -> isOf(story, e)).toList());
    }

    private static boolean isOf(TicketStory story, TrackedEventMessage<?> event) {
        return event instanceof DomainEventMessage<?> domain
                && domain.getAggregateIdentifier().equals(story.ticketId.toString());
    }

    private static TicketDetail asOf(FullTicket t, Instant instant) {
        return body(controller.detail(id(t), null, instant.toString()));
    }

    /** The time of the ticket's event at {@code index} as the event store keeps it (Axon stores milliseconds). */
    private static Instant at(FullTicket t, int index) {
        return t.story.events().get(index).getTimestamp().truncatedTo(ChronoUnit.MILLIS);
    }

    private static TicketId id(FullTicket t) {
        return new TicketId(t.story.ticketId);
    }

    /** Empties every ticket read model, as a rebuild does before it replays. */
    static void truncateReadModels(ReadModelFixture db) {
        JdbcClient.create(db.dataSource).sql("TRUNCATE read_model.ticket, read_model.ticket_message, "
                + "read_model.ticket_audit, read_model.ticket_link, read_model.ticket_message_link").update();
    }

    private static String dump() {
        return dump(db);
    }

    /** Every row of every ticket read model, in a stable order. */
    static String dump(ReadModelFixture db) {
        JdbcClient jdbc = JdbcClient.create(db.dataSource);
        return String.join("\n", jdbc.sql("SELECT t::text FROM read_model.ticket t ORDER BY ticket_id")
                .query(String.class).list())
                + jdbc.sql("SELECT m::text FROM read_model.ticket_message m ORDER BY message_id").query(String.class)
                .list()
                + jdbc.sql("SELECT a::text FROM read_model.ticket_audit a ORDER BY ticket_id, version")
                .query(String.class).list()
                + jdbc.sql("SELECT l::text FROM read_model.ticket_link l ORDER BY ticket_id, relation, other_ticket_id")
                .query(String.class).list()
                + jdbc.sql("SELECT l::text FROM read_model.ticket_message_link l ORDER BY ticket_id, message_id")
                .query(String.class).list();
    }
}
