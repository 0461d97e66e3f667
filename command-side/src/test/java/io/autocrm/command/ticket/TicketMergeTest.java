package io.autocrm.command.ticket;

import io.autocrm.events.ticket.TicketParticipantAddedEvent;
import io.autocrm.events.common.CustomerId;
import static io.autocrm.command.ticket.Fakes.*;
import static io.autocrm.command.ticket.TicketTest.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.autocrm.command.access.CustomerActionForbidden;
import io.autocrm.events.common.*;
import io.autocrm.events.ticket.*;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Ticket's halves of merges, their undo, and splits. That both halves of a merge commit together is
 * {@code TicketMergesTest}'s business (it needs two streams).
 */
class TicketMergeTest {

    static final TicketId SURVIVOR = new TicketId(UUID.fromString("00000000-0000-0000-0000-0000000000f2"));
    static final TicketId SPLIT = new TicketId(UUID.fromString("00000000-0000-0000-0000-0000000000f3"));
    static final MessageId NOTE = new MessageId(UUID.fromString("00000000-0000-0000-0000-0000000000e2"));
    static final MessageId LATER = new MessageId(UUID.fromString("00000000-0000-0000-0000-0000000000e3"));
    static final MetaData CUSTOMER = as(ActorType.CUSTOMER, REQUESTER);

    FixtureConfiguration<Ticket> fixture;
    InMemoryTicketContents contents;
    FollowUpRepository created;
    AtomicLong numbers;

    @BeforeEach
    void setUp() {
        contents = new InMemoryTicketContents();
        created = new FollowUpRepository();
        numbers = new AtomicLong(2000);
        fixture = new AggregateTestFixture<>(Ticket.class);
        fixture.registerInjectableResource(agents());
        fixture.registerInjectableResource(customers());
        fixture.registerInjectableResource(memberships(() -> true));
        fixture.registerInjectableResource(files());
        fixture.registerInjectableResource(contents);
        fixture.registerInjectableResource((TicketNumbers) numbers::incrementAndGet);
        fixture.registerRepositoryProvider(created);
    }

    static MetaData as(ActorType type, Object id) {
        return MetaData.with(MetadataKeys.ACTOR_TYPE, type.key()).and(MetadataKeys.ACTOR_ID, id.toString());
    }

    static TicketMergedEvent merged(Status before) {
        return new TicketMergedEvent(TICKET, SURVIVOR, 1002, before);
    }

    @Test
    void closesAsMergedIntoTheSurvivorAndAnswersItsTimeline() {
        fixture.given(created(OPEN, AGENT), new InternalNoteAddedEvent(TICKET, NOTE, AGENT))
                .when(new MergeIntoCommand(TICKET, SURVIVOR, 1002, REQUESTER))
                .expectEvents(merged(OPEN), new TicketStatusChangedEvent(TICKET, OPEN, CLOSED))
                .expectResultMessagePayload(new MergeHalf(SURVIVOR, 1002, List.of(DESCRIPTION, NOTE), 4));
    }

    @Test
    void refusesToMergeIntoItselfAnotherRequestersTicketOrAClosedOne() {
        fixture.given(created(OPEN, AGENT))
                .when(new MergeIntoCommand(TICKET, TICKET, 1001, REQUESTER))
                .expectException(MergeRefused.class);
        fixture.given(created(OPEN, AGENT))
                .when(new MergeIntoCommand(TICKET, SURVIVOR, 1002, OTHER_CUSTOMER))
                .expectException(MergeRefused.class);
        fixture.given(created(SOLVED, AGENT), new TicketStatusChangedEvent(TICKET, SOLVED, CLOSED))
                .when(new MergeIntoCommand(TICKET, SURVIVOR, 1002, REQUESTER))
                .expectException(TicketClosed.class);
    }

    @Test
    void refusesCustomersWhoTryToMerge() {
        fixture.given(created(OPEN, AGENT))
                .when(new MergeIntoCommand(TICKET, SURVIVOR, 1002, REQUESTER), CUSTOMER)
                .expectException(CustomerActionForbidden.class);
    }

    @Test
    void showsTheMergedTicketsMessagesInItsTimeline() {
        fixture.given(created(OPEN, AGENT))
                .when(new ReceiveMergeCommand(TICKET, SURVIVOR, 1002, List.of(NOTE), List.of()))
                .expectEvents(new TicketMergeReceivedEvent(TICKET, SURVIVOR, 1002, List.of(NOTE)))
                .expectResultMessagePayload(2L);
    }

    @Test
    void takesInTheMergedTicketsParticipantsItDoesNotHaveYet() {
        CustomerId colleague = new CustomerId(UUID.fromString("00000000-0000-0000-0000-0000000000c7"));
        CustomerId known = new CustomerId(UUID.fromString("00000000-0000-0000-0000-0000000000c8"));
        fixture.given(created(OPEN, AGENT), new TicketParticipantAddedEvent(TICKET, known))
                .when(new ReceiveMergeCommand(TICKET, SURVIVOR, 1002, List.of(NOTE),
                        List.of(known, colleague, REQUESTER)))
                .expectEvents(new TicketMergeReceivedEvent(TICKET, SURVIVOR, 1002, List.of(NOTE)),
                        new TicketParticipantAddedEvent(TICKET, colleague));
    }

    @Test
    void refusesAMergeIntoAClosedOrMergedSurvivor() {
        fixture.given(created(SOLVED, AGENT), new TicketStatusChangedEvent(TICKET, SOLVED, CLOSED))
                .when(new ReceiveMergeCommand(TICKET, SURVIVOR, 1002, List.of(NOTE), List.of()))
                .expectException(TicketClosed.class);
        fixture.given(created(OPEN, AGENT), merged(OPEN), new TicketStatusChangedEvent(TICKET, OPEN, CLOSED))
                .when(new ReceiveMergeCommand(TICKET, SURVIVOR, 1002, List.of(NOTE), List.of()))
                .expectException(TicketClosed.class);
    }

    @Test
    void forwardsACustomerMessageOnAMergedTicketToTheSurvivorWithoutRecordingIt() {
        fixture.given(created(PENDING, AGENT), merged(PENDING), new TicketStatusChangedEvent(TICKET, PENDING, CLOSED))
                .when(new AddCustomerMessageCommand(TICKET, null, MESSAGE, null, "Any news?"), CUSTOMER)
                .expectNoEvents()
                .expectResultMessagePayload(MessageAddition.forward(TICKET, MESSAGE, SURVIVOR));
        assertThat(contents.rows).doesNotContainKey(MESSAGE.value());
        assertThat(created.events).isEmpty();
    }

    @Test
    void refusesRepliesOnAMergedTicketNamingTheSurvivor() {
        fixture.given(created(OPEN, AGENT), merged(OPEN), new TicketStatusChangedEvent(TICKET, OPEN, CLOSED))
                .when(new AddPublicReplyCommand(TICKET, null, MESSAGE, null, "Hello"))
                .expectException(TicketClosed.class)
                .expectExceptionMessage("Ticket #1001 was merged into ticket #1002; work on that one, or undo the merge.");
    }

    @Test
    void reopensInTheStatusItHadBeforeTheMergeOnUndo() {
        fixture.given(created(PENDING, AGENT), merged(PENDING), new TicketStatusChangedEvent(TICKET, PENDING, CLOSED))
                .when(new UndoMergeCommand(TICKET))
                .expectEvents(new TicketUnmergedEvent(TICKET, SURVIVOR, 1002),
                        new TicketStatusChangedEvent(TICKET, CLOSED, PENDING))
                .expectResultMessagePayload(new MergeHalf(SURVIVOR, 1002, List.of(DESCRIPTION), 5));
    }

    @Test
    void acceptsCustomerMessagesItselfAgainOnceTheMergeIsUndone() {
        fixture.given(created(PENDING, AGENT), merged(PENDING), new TicketStatusChangedEvent(TICKET, PENDING, CLOSED),
                        new TicketUnmergedEvent(TICKET, SURVIVOR, 1002),
                        new TicketStatusChangedEvent(TICKET, CLOSED, PENDING))
                .when(new AddCustomerMessageCommand(TICKET, null, MESSAGE, null, "Any news?"), CUSTOMER)
                .expectEvents(new CustomerMessageAddedEvent(TICKET, MESSAGE, REQUESTER),
                        new TicketStatusChangedEvent(TICKET, PENDING, OPEN));
    }

    @Test
    void refusesToUndoAMergeThatDidNotHappen() {
        fixture.given(created(OPEN, AGENT))
                .when(new UndoMergeCommand(TICKET))
                .expectException(TicketNotMerged.class);
        fixture.given(created(OPEN, AGENT))
                .when(new DetachMergeCommand(TICKET, SURVIVOR, 1002))
                .expectException(TicketNotMerged.class);
    }

    @Test
    void letsExactlyTheMergedMessagesGoOnUndoAndKeepsWhatCameSince() {
        fixture.given(created(OPEN, AGENT), new TicketMergeReceivedEvent(TICKET, SURVIVOR, 1002, List.of(NOTE)),
                        new CustomerMessageAddedEvent(TICKET, LATER, REQUESTER))
                .when(new DetachMergeCommand(TICKET, SURVIVOR, 1002))
                .expectEvents(new TicketMergeUndoneEvent(TICKET, SURVIVOR, 1002, List.of(NOTE)));
    }

    @Test
    void splitsChosenMessagesIntoANewTicketForTheSameRequesterLinkedBothWays() {
        fixture.given(created(OPEN, AGENT), new CustomerMessageAddedEvent(TICKET, MESSAGE, REQUESTER),
                        new InternalNoteAddedEvent(TICKET, NOTE, AGENT))
                .when(new SplitTicketCommand(TICKET, null, SPLIT, List.of(NOTE, MESSAGE), "Second problem"),
                        MetaData.with(MetadataKeys.CHANNEL, "web"))
                .expectEvents(new MessagesSplitOffEvent(TICKET, SPLIT, 2001, List.of(MESSAGE, NOTE)))
                .expectResultMessagePayload(new SplitOutcome(TICKET, 4, SPLIT, 2001, 2));
        assertThat(created.payloads()).containsExactly(
                new TicketCreatedEvent(SPLIT, 2001, REQUESTER, Channel.WEB, OPEN, Priority.NORMAL,
                        TicketType.QUESTION, AGENT, null, List.of(), List.of(), null, null),
                new TicketSplitFromEvent(SPLIT, TICKET, 1001, List.of(MESSAGE, NOTE)));
        assertThat(contents.rows.get(SPLIT.value())).isEqualTo(new InMemoryTicketContents.Row(SPLIT.value(),
                REQUESTER.value(), "subject", "Second problem"));
    }

    @Test
    void refusesSplitsOfNoMessagesForeignOnesMergedOnesOrAll() {
        fixture.given(created(OPEN, AGENT), new CustomerMessageAddedEvent(TICKET, MESSAGE, REQUESTER))
                .when(new SplitTicketCommand(TICKET, null, SPLIT, List.of(), "s"))
                .expectException(SplitRefused.class);
        fixture.given(created(OPEN, AGENT), new CustomerMessageAddedEvent(TICKET, MESSAGE, REQUESTER))
                .when(new SplitTicketCommand(TICKET, null, SPLIT, List.of(LATER), "s"))
                .expectException(SplitRefused.class);
        fixture.given(created(OPEN, AGENT), new TicketMergeReceivedEvent(TICKET, SURVIVOR, 1002, List.of(NOTE)))
                .when(new SplitTicketCommand(TICKET, null, SPLIT, List.of(NOTE), "s"))
                .expectException(SplitRefused.class);
        fixture.given(created(OPEN, AGENT), new CustomerMessageAddedEvent(TICKET, MESSAGE, REQUESTER))
                .when(new SplitTicketCommand(TICKET, null, SPLIT, List.of(DESCRIPTION, MESSAGE), "s"))
                .expectException(SplitRefused.class);
        assertThat(numbers.get()).isEqualTo(2000);
    }

    @Test
    void splitsNoMessageTwice() {
        fixture.given(created(OPEN, AGENT), new CustomerMessageAddedEvent(TICKET, MESSAGE, REQUESTER),
                        new InternalNoteAddedEvent(TICKET, NOTE, AGENT),
                        new MessagesSplitOffEvent(TICKET, SPLIT, 2001, List.of(MESSAGE)))
                .when(new SplitTicketCommand(TICKET, null, SPLIT, List.of(MESSAGE), "again"))
                .expectException(SplitRefused.class);
    }
}
