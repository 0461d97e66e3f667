package io.autocrm.query.ticketdetail;

import static io.autocrm.query.ticketdetail.TicketDetailTest.body;
import static org.assertj.core.api.Assertions.assertThat;

import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.TicketId;
import io.autocrm.events.ticket.*;
import io.autocrm.query.testing.ReadModelFixture;
import io.autocrm.query.testing.TestCaller;
import io.autocrm.query.testing.TicketStory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Merges, their undo and splits in the ticket detail, live and as of an instant, on real PostgreSQL with the real
 * migrations: a merged ticket's messages join the survivor's timeline in order, marked as coming from it, and leave it
 * on undo; split-off messages show on the new ticket and as moved on the old one; the fold agrees with the live rows
 * and a rebuild gives the same rows.
 */
class MergeAndSplitDetailTest {

    private static final Instant START = Instant.parse("2026-05-02T09:00:00Z");
    private static final Status OPEN = Status.builtIn(StatusCategory.OPEN);
    private static final Status CLOSED = Status.builtIn(StatusCategory.CLOSED);
    private static ReadModelFixture db;
    private static TicketDetailController controller;

    @RegisterExtension
    static final TestCaller caller = new TestCaller();

    UUID requester;
    AgentId agent;
    TicketStory survivor;
    TicketStory merged;
    long survivorNumber;
    long mergedNumber;
    MessageId survivorDescription;
    MessageId mergedDescription;
    MessageId mergedNote;
    MessageId mergedMessage;

    @BeforeAll
    static void database() {
        db = new ReadModelFixture(500);
        controller = TicketDetailTest.controller(db, Duration.ZERO, caller);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @BeforeEach
    void twoRequestsOfOneCustomer() {
        requester = UUID.randomUUID();
        agent = AgentId.random();
        db.seed.customer(requester, "Mia Merger", "mia-" + requester + "@example.com").agent(agent.value(), "Al");
        survivor = new TicketStory(UUID.randomUUID(), START);
        merged = new TicketStory(UUID.randomUUID(), START.plusSeconds(30));
        db.seed.subject(survivor.ticketId, requester, "Printer").subject(merged.ticketId, requester, "Printer 2");
        survivorNumber = db.nextNumber();
        mergedNumber = db.nextNumber();
        survivorDescription = message(survivor, "Printer jams");
        mergedDescription = message(merged, "Printer still jams");
        mergedNote = message(merged, "Same as the other one");
        mergedMessage = message(merged, "Any news?");
        survivor.next(TicketStory.created(survivor.ticketId, survivorNumber, requester,
                survivorDescription.value()));
        merged.next(TicketStory.created(merged.ticketId, mergedNumber, requester, mergedDescription.value()));
        merged.next(new InternalNoteAddedEvent(merged.id, mergedNote, agent));
        merged.next(new CustomerMessageAddedEvent(merged.id, mergedMessage, new CustomerId(requester)));
        survivor.next(new TicketStatusChangedEvent(survivor.id, Status.builtIn(StatusCategory.NEW), OPEN));
        merged.next(new TicketStatusChangedEvent(merged.id, Status.builtIn(StatusCategory.NEW), OPEN));
    }

    @Test
    void showsTheMergedTicketsMessagesInTheSurvivorsTimelineInOrderMarkedAsFromIt() {
        merge();
        project();

        TicketDetail live = detail(survivor);
        assertThat(live.messages()).extracting(MessageView::id).containsExactly(survivorDescription.toString(),
                mergedDescription.toString(), mergedNote.toString(), mergedMessage.toString());
        assertThat(live.messages().getFirst().origin()).isNull();
        assertThat(live.messages().get(1).origin()).isEqualTo(new MessageOrigin(merged.ticketId.toString(),
                mergedNumber, "merged"));
        assertThat(live.messages().get(1).body()).isEqualTo("Printer still jams");
        assertThat(live.links().mergedFrom()).containsExactly(new TicketRef(merged.ticketId.toString(),
                mergedNumber));
        TicketDetail closed = detail(merged);
        assertThat(closed.ticket().status()).isEqualTo(new io.autocrm.query.queue.QueueItem.StatusRef("closed",
                "closed"));
        assertThat(closed.links().mergedInto()).isEqualTo(new TicketRef(survivor.ticketId.toString(),
                survivorNumber));
        assertThat(closed.messages()).hasSize(3);
    }

    @Test
    void tellsTheCustomerOnlyThatTheRequestWasJoinedAndNeverShowsTheMergedTicketsNotes() {
        merge();
        project();
        caller.customer(requester);

        CustomerTicketDetail onSurvivor = (CustomerTicketDetail) controller.detail(survivor.id, null, null).getBody();
        CustomerTicketDetail onMerged = (CustomerTicketDetail) controller.detail(merged.id, null, null).getBody();

        assertThat(onSurvivor.messages()).extracting(MessageView::id).containsExactly(
                survivorDescription.toString(), mergedDescription.toString(), mergedMessage.toString());
        assertThat(onSurvivor.mergedInto()).isNull();
        assertThat(onMerged.mergedInto()).isEqualTo(new TicketRef(survivor.ticketId.toString(), survivorNumber));
    }

    @Test
    void takesTheMergedMessagesOutOfTheSurvivorOnUndoAndKeepsWhatCameSince() {
        merge();
        MessageId later = message(survivor, "Fixed?");
        survivor.next(new PublicReplyAddedEvent(survivor.id, later, agent));
        merged.next(new TicketUnmergedEvent(merged.id, survivor.id, survivorNumber));
        merged.next(new TicketStatusChangedEvent(merged.id, CLOSED, OPEN));
        survivor.next(new TicketMergeUndoneEvent(survivor.id, merged.id, mergedNumber,
                List.of(mergedDescription, mergedNote, mergedMessage)));
        project();

        TicketDetail live = detail(survivor);
        assertThat(live.messages()).extracting(MessageView::id).containsExactly(survivorDescription.toString(),
                later.toString());
        assertThat(live.links().mergedFrom()).isEmpty();
        TicketDetail reopened = detail(merged);
        assertThat(reopened.links().mergedInto()).isNull();
        assertThat(reopened.ticket().status().category()).isEqualTo("open");
        assertThat(fold(survivor)).isEqualTo(live);
        assertThat(fold(merged)).isEqualTo(reopened);
    }

    @Test
    void foldsMergesAsOfAnInstantAsTheLiveDetailShowsThem() {
        Instant beforeMerge = survivor.last().getTimestamp();
        merge();
        project();

        assertThat(fold(survivor)).isEqualTo(detail(survivor));
        assertThat(fold(merged)).isEqualTo(detail(merged));
        TicketDetail then = body(controller.detail(survivor.id, null, beforeMerge.toString()));
        assertThat(then.messages()).extracting(MessageView::id).containsExactly(survivorDescription.toString());
        assertThat(then.links()).isEqualTo(TicketLinks.NONE);
    }

    @Test
    void showsSplitOffMessagesOnTheNewTicketAndAsMovedOnTheOldOne() {
        TicketStory split = new TicketStory(UUID.randomUUID(), START.plusSeconds(600));
        long splitNumber = db.nextNumber();
        db.seed.subject(split.ticketId, requester, "Scanner too");
        merged.next(new MessagesSplitOffEvent(merged.id, split.id, splitNumber, List.of(mergedMessage)));
        split.next(new TicketCreatedEvent(split.id, splitNumber, new CustomerId(requester),
                io.autocrm.events.common.Channel.WEB, OPEN, Priority.NORMAL, TicketType.QUESTION, agent, null,
                List.of(), List.of(), null, null));
        split.next(new TicketSplitFromEvent(split.id, merged.id, mergedNumber, List.of(mergedMessage)));
        project(split);

        TicketDetail created = detail(split);
        assertThat(created.messages()).extracting(MessageView::id).containsExactly(mergedMessage.toString());
        assertThat(created.messages().getFirst().origin()).isEqualTo(new MessageOrigin(merged.ticketId.toString(),
                mergedNumber, "split"));
        assertThat(created.links().splitFrom()).isEqualTo(new TicketRef(merged.ticketId.toString(), mergedNumber));
        TicketDetail source = detail(merged);
        assertThat(source.messages().getLast().movedTo()).isEqualTo(new TicketRef(split.ticketId.toString(),
                splitNumber));
        assertThat(source.links().splitInto()).containsExactly(new TicketRef(split.ticketId.toString(),
                splitNumber));
        assertThat(fold(split)).isEqualTo(created);
        assertThat(fold(merged)).isEqualTo(source);
    }

    @Test
    void rebuildingGivesTheSameRowsAcrossMergesUndoAndSplits() {
        merge();
        project();
        String live = TicketAsOfTest.dump(db);

        TicketAsOfTest.truncateReadModels(db);
        db.projections.apply(db.events.replay());

        assertThat(TicketAsOfTest.dump(db)).isEqualTo(live);
    }

    private void merge() {
        merged.next(new TicketMergedEvent(merged.id, survivor.id, survivorNumber, OPEN));
        merged.next(new TicketStatusChangedEvent(merged.id, OPEN, CLOSED));
        survivor.next(new TicketMergeReceivedEvent(survivor.id, merged.id, mergedNumber,
                List.of(mergedDescription, mergedNote, mergedMessage)));
    }

    private MessageId message(TicketStory story, String body) {
        MessageId id = MessageId.random();
        db.seed.body(id.value(), story.ticketId, requester, body);
        return id;
    }

    /** Stores and projects the stories' events in the order of their times, as the event store would give them. */
    private void project(TicketStory... more) {
        List<DomainEventMessage<?>> all = Stream.concat(Stream.of(survivor, merged), Stream.of(more))
                .flatMap(story -> story.events().stream())
                .sorted(java.util.Comparator.comparing(DomainEventMessage::getTimestamp)).toList();
        db.events.append(all);
        db.projections.apply(db.events.replay().stream().filter(e -> e instanceof DomainEventMessage<?> d
                && all.stream().anyMatch(a -> a.getIdentifier().equals(d.getIdentifier()))).toList());
    }

    private TicketDetail detail(TicketStory story) {
        return body(controller.detail(new TicketId(story.ticketId), null, null));
    }

    private TicketDetail fold(TicketStory story) {
        return body(controller.detail(new TicketId(story.ticketId), null, "2100-01-01T00:00:00Z"));
    }
}
