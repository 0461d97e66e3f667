package io.autocrm.command.ticket;

import static io.autocrm.command.ticket.Fakes.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.autocrm.command.access.AuthorNotTheCaller;
import io.autocrm.command.access.CustomerActionForbidden;
import io.autocrm.command.customer.CustomerErased;
import io.autocrm.command.customer.CustomerRegistration;
import io.autocrm.command.customer.UnknownCustomer;
import io.autocrm.command.directory.InactiveStatus;
import io.autocrm.command.directory.InvalidCustomFieldValue;
import io.autocrm.command.directory.UnknownAgent;
import io.autocrm.command.directory.UnknownCustomField;
import io.autocrm.command.directory.UnknownStatus;
import io.autocrm.command.directory.UnknownTeam;
import io.autocrm.command.ticket.CreateTicketCommand.Assignment;
import io.autocrm.command.ticket.CreateTicketCommand.Classification;
import io.autocrm.command.ticket.CreateTicketCommand.Content;
import io.autocrm.command.ticket.CreateTicketCommand.Requester;
import io.autocrm.events.common.*;
import io.autocrm.events.ticket.*;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TicketTest {

    static final TicketId TICKET = new TicketId(UUID.fromString("00000000-0000-0000-0000-0000000000f1"));
    static final MessageId DESCRIPTION = new MessageId(UUID.fromString("00000000-0000-0000-0000-0000000000d1"));
    static final MessageId MESSAGE = new MessageId(UUID.fromString("00000000-0000-0000-0000-0000000000e1"));
    static final Status NEW = Status.builtIn(StatusCategory.NEW);
    static final Status OPEN = Status.builtIn(StatusCategory.OPEN);
    static final Status PENDING = Status.builtIn(StatusCategory.PENDING);
    static final Status SOLVED = Status.builtIn(StatusCategory.SOLVED);
    static final Status CLOSED = Status.builtIn(StatusCategory.CLOSED);
    static final long DRAWN = 2001;

    FixtureConfiguration<Ticket> fixture;
    InMemoryTicketContents contents;
    FollowUpRepository followUps;
    AtomicLong numbers;
    List<List<String>> registered;
    boolean organisationShares;

    @BeforeEach
    void setUp() {
        contents = new InMemoryTicketContents();
        followUps = new FollowUpRepository();
        numbers = new AtomicLong(2000);
        registered = new ArrayList<>();
        organisationShares = true;
        fixture = new AggregateTestFixture<>(Ticket.class);
        fixture.registerInjectableResource(statuses());
        fixture.registerInjectableResource(files());
        fixture.registerInjectableResource(customFields());
        fixture.registerInjectableResource(agents());
        fixture.registerInjectableResource(teams());
        fixture.registerInjectableResource(customers());
        fixture.registerInjectableResource(creationLookups());
        fixture.registerInjectableResource(memberships(() -> organisationShares));
        fixture.registerInjectableResource((CustomerRegistration) (id, name, email) -> registered.add(
                List.of(id.toString(), name, email)));
        fixture.registerInjectableResource(contents);
        fixture.registerInjectableResource((TicketNumbers) numbers::incrementAndGet);
        fixture.registerRepositoryProvider(followUps);
    }

    static TicketCreatedEvent created(Status status, AgentId assignee) {
        return new TicketCreatedEvent(TICKET, 1001, REQUESTER, Channel.API, status, Priority.NORMAL,
                TicketType.QUESTION, assignee, null, List.of(), List.of(), DESCRIPTION, null);
    }

    /** The creation event of a ticket this test creates: it has the first number the fixture hands out. */
    static TicketCreatedEvent opened(Status status, AgentId assignee) {
        return new TicketCreatedEvent(TICKET, DRAWN, REQUESTER, Channel.API, status, Priority.NORMAL,
                TicketType.QUESTION, assignee, null, List.of(), List.of(), DESCRIPTION, null);
    }

    static CreateTicketCommand create(String status, AgentId assignee) {
        return new CreateTicketCommand(TICKET, null, Requester.existing(REQUESTER),
                content("Printer on fire", "It is on fire."), new Classification(status, null, null, null, null),
                new Assignment(assignee, null));
    }

    static Content content(String subject, String description) {
        return new Content(subject, description, DESCRIPTION);
    }

    static UpdateTicketCommand.Builder update() {
        return UpdateTicketCommand.builder(TICKET, null);
    }

    @Nested
    class Creation {

        @Test
        void createsNewTicketWithDefaultsAndStoresItsTextsOutsideTheEvent() {
            fixture.givenNoPriorActivity()
                    .when(create(null, null))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(opened(NEW, null));
            assertThat(contents.rows.get(TICKET.value()))
                    .isEqualTo(new InMemoryTicketContents.Row(TICKET.value(), REQUESTER.value(), "subject",
                            "Printer on fire"));
            assertThat(contents.rows.get(DESCRIPTION.value()))
                    .isEqualTo(new InMemoryTicketContents.Row(TICKET.value(), REQUESTER.value(), "message",
                            "It is on fire."));
        }

        @Test
        void answersTheCreatedTicketWithTheNumberItDrew() {
            fixture.givenNoPriorActivity()
                    .when(create(null, null))
                    .expectResultMessagePayload(new CreatedTicket(TICKET.toString(), DRAWN, 1));
            assertThat(numbers.get()).isEqualTo(DRAWN);
        }

        @Test
        void drawsNoNumberForATicketItRefuses() {
            fixture.givenNoPriorActivity().when(create("no-such-status", null))
                    .expectException(UnknownStatus.class);
            fixture.givenNoPriorActivity().when(withTexts("s", null))
                    .expectException(InvalidInput.class);
            fixture.givenNoPriorActivity().when(withFields(Map.of("plan", List.of("enterprise"))))
                    .expectException(InvalidCustomFieldValue.class);
            assertThat(numbers.get()).isEqualTo(DRAWN - 1);
        }

        @Test
        void opensTicketCreatedWithAnAssignee() {
            fixture.givenNoPriorActivity()
                    .when(create(null, AGENT))
                    .expectEvents(opened(OPEN, AGENT));
        }

        @Test
        void opensTicketCreatedWithAnAssigneeInANewCategoryStatus() {
            fixture.givenNoPriorActivity()
                    .when(create("awaiting-triage", AGENT))
                    .expectEvents(opened(OPEN, AGENT));
        }

        @Test
        void createsTicketWithRequestedPropertiesNormalizedTagsAndCanonicalCustomFields() {
            Map<String, List<String>> raw = new LinkedHashMap<>();
            raw.put("order_no", List.of("042"));
            raw.put("regions", List.of("us", "eu", "us"));
            raw.put("plan", List.of());
            CreateTicketCommand command = new CreateTicketCommand(TICKET, Channel.EMAIL,
                    Requester.existing(REQUESTER), content("Invoice", "Wrong total"),
                    new Classification("waiting-on-vendor", Priority.HIGH, TicketType.INCIDENT,
                            List.of(" VIP ", "billing", "vip"), raw),
                    new Assignment(AGENT, TEAM));
            fixture.givenNoPriorActivity()
                    .when(command)
                    .expectEvents(new TicketCreatedEvent(TICKET, DRAWN, REQUESTER, Channel.EMAIL,
                            new Status("waiting-on-vendor", StatusCategory.ON_HOLD), Priority.HIGH,
                            TicketType.INCIDENT, AGENT, TEAM, List.of("vip", "billing"),
                            List.of(CustomFieldValue.single("order_no", FieldType.NUMBER, "42"),
                                    new CustomFieldValue("regions", FieldType.MULTI_SELECT, List.of("eu", "us"))),
                            DESCRIPTION, null));
        }

        @Test
        void registersANewRequesterTogetherWithTheTicket() {
            CustomerId newcomer = new CustomerId(UUID.randomUUID());
            fixture.givenNoPriorActivity()
                    .when(new CreateTicketCommand(TICKET, null,
                            Requester.registering(newcomer, "Ada", "ada@example.com"), content("s", "d"), null, null))
                    .expectSuccessfulHandlerExecution();
            assertThat(registered).containsExactly(List.of(newcomer.toString(), "Ada", "ada@example.com"));
            assertThat(contents.rows.get(TICKET.value()).subjectId()).isEqualTo(newcomer.value());
        }

        @Test
        void registersNoRequesterForATicketItRefuses() {
            fixture.givenNoPriorActivity()
                    .when(new CreateTicketCommand(TICKET, null,
                            Requester.registering(CustomerId.random(), "Ada", "ada@example.com"), content("s", "d"),
                            new Classification("no-such-status", null, null, null, null), null))
                    .expectException(UnknownStatus.class);
            assertThat(registered).isEmpty();
            assertThat(contents.rows).isEmpty();
        }

        @Test
        void refusesRequesterThatIsUnknown() {
            CreateTicketCommand command = new CreateTicketCommand(TICKET, null,
                    Requester.existing(new CustomerId(UUID.randomUUID())), content("s", "d"), null, null);
            fixture.givenNoPriorActivity().when(command)
                    .expectException(UnknownCustomer.class);
            assertThat(contents.rows).isEmpty();
        }

        @Test
        void refusesRequesterThatWasErased() {
            CreateTicketCommand command = new CreateTicketCommand(TICKET, null, Requester.existing(ERASED_CUSTOMER),
                    content("s", "d"), null, null);
            fixture.givenNoPriorActivity().when(command)
                    .expectException(CustomerErased.class);
        }

        @Test
        void refusesClosedStatusOnCreation() {
            fixture.givenNoPriorActivity().when(create("closed", AGENT))
                    .expectException(TicketNotSolved.class);
        }

        @Test
        void refusesSolvedStatusWithoutAssigneeOnCreation() {
            fixture.givenNoPriorActivity().when(create("solved", null))
                    .expectException(SolvedTicketNeedsAssignee.class);
        }

        @Test
        void createsSolvedTicketWithAnAssignee() {
            fixture.givenNoPriorActivity().when(create("solved", AGENT))
                    .expectEvents(opened(SOLVED, AGENT));
        }

        @Test
        void refusesUnknownAndInactiveStatuses() {
            fixture.givenNoPriorActivity().when(create("no-such-status", null))
                    .expectException(UnknownStatus.class);
            fixture.givenNoPriorActivity().when(create("retired", null))
                    .expectException(InactiveStatus.class);
        }

        @Test
        void refusesUnknownAssigneeAndTeam() {
            fixture.givenNoPriorActivity().when(create(null, UNKNOWN_AGENT))
                    .expectException(UnknownAgent.class);
            fixture.givenNoPriorActivity().when(new CreateTicketCommand(TICKET, null, Requester.existing(REQUESTER),
                            content("s", "d"), null, new Assignment(null, UNKNOWN_TEAM)))
                    .expectException(UnknownTeam.class);
        }

        @Test
        void refusesMissingOrOversizedTexts() {
            fixture.givenNoPriorActivity().when(withTexts(" ", "d"))
                    .expectException(InvalidInput.class);
            fixture.givenNoPriorActivity().when(withTexts("x".repeat(251), "d"))
                    .expectException(InvalidInput.class);
            fixture.givenNoPriorActivity().when(withTexts("s", null))
                    .expectException(InvalidInput.class);
            fixture.givenNoPriorActivity().when(withTexts("s", "x".repeat(65_537)))
                    .expectException(InvalidInput.class);
            fixture.givenNoPriorActivity().when(withTexts("x".repeat(250), "x".repeat(65_536)))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void refusesInvalidTagsAndMoreThanFiftyTags() {
            fixture.givenNoPriorActivity().when(withTags(List.of("no spaces")))
                    .expectException(InvalidInput.class);
            fixture.givenNoPriorActivity().when(withTags(tags(51)))
                    .expectException(InvalidInput.class);
            fixture.givenNoPriorActivity().when(withTags(tags(50)))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void refusesUnknownCustomFieldsAndInvalidValues() {
            fixture.givenNoPriorActivity().when(withFields(Map.of("nope", List.of("1"))))
                    .expectException(UnknownCustomField.class);
            fixture.givenNoPriorActivity().when(withFields(Map.of("legacy_code", List.of("x"))))
                    .expectException(UnknownCustomField.class);
            fixture.givenNoPriorActivity().when(withFields(Map.of("plan", List.of("enterprise"))))
                    .expectException(InvalidCustomFieldValue.class);
        }

        private CreateTicketCommand withTexts(String subject, String description) {
            return new CreateTicketCommand(TICKET, null, Requester.existing(REQUESTER), content(subject, description),
                    null, null);
        }

        private CreateTicketCommand withTags(List<String> tags) {
            return new CreateTicketCommand(TICKET, null, Requester.existing(REQUESTER), content("s", "d"),
                    new Classification(null, null, null, tags, null), null);
        }

        private CreateTicketCommand withFields(Map<String, List<String>> fields) {
            return new CreateTicketCommand(TICKET, null, Requester.existing(REQUESTER), content("s", "d"),
                    new Classification(null, null, null, null, fields), null);
        }
    }

    @Nested
    class Updates {

        @Test
        void changesPriorityAndTypeAndAnswersTheNewVersion() {
            fixture.given(created(OPEN, AGENT))
                    .when(update().priority(Priority.URGENT).type(TicketType.PROBLEM).build())
                    .expectEvents(new TicketPriorityChangedEvent(TICKET, Priority.NORMAL, Priority.URGENT),
                            new TicketTypeChangedEvent(TICKET, TicketType.QUESTION, TicketType.PROBLEM))
                    .expectResultMessagePayload(3L);
        }

        @Test
        void recordsNothingForAnUpdateThatChangesNothing() {
            fixture.given(created(OPEN, AGENT), new TicketTaggedEvent(TICKET, List.of("vip")))
                    .when(update().status("open").priority(Priority.NORMAL).type(TicketType.QUESTION)
                            .assignee(AssigneeChange.to(AGENT)).team(TeamChange.unassign())
                            .tags(List.of("VIP")).addTags(List.of("vip")).removeTags(List.of("absent"))
                            .customFields(Map.of("plan", List.of())).build())
                    .expectNoEvents()
                    .expectResultMessagePayload(2L);
        }

        @Test
        void opensNewTicketWhenAnAgentIsAssigned() {
            fixture.given(created(NEW, null))
                    .when(update().assignee(AssigneeChange.to(AGENT)).build())
                    .expectEvents(new TicketAssignedEvent(TICKET, AGENT, null),
                            new TicketStatusChangedEvent(TICKET, NEW, OPEN))
                    .expectResultMessagePayload(3L);
        }

        @Test
        void opensNewTicketAssignedIntoANewCategoryStatusAsCreationDoes() {
            fixture.given(created(NEW, null))
                    .when(update().assignee(AssigneeChange.to(AGENT)).status("awaiting-triage").build())
                    .expectEvents(new TicketAssignedEvent(TICKET, AGENT, null),
                            new TicketStatusChangedEvent(TICKET, NEW, OPEN))
                    .expectResultMessagePayload(3L);
        }

        @Test
        void assignsBeforeChangingStatusSoAssignAndSolveSucceedTogether() {
            fixture.given(created(OPEN, null))
                    .when(update().assignee(AssigneeChange.to(AGENT)).status("solved").build())
                    .expectEvents(new TicketAssignedEvent(TICKET, AGENT, null),
                            new TicketStatusChangedEvent(TICKET, OPEN, SOLVED))
                    .expectResultMessagePayload(3L);
        }

        @Test
        void reassignsAndUnassignsAgents() {
            fixture.given(created(OPEN, AGENT))
                    .when(update().assignee(AssigneeChange.to(OTHER_AGENT)).build())
                    .expectEvents(new TicketAssignedEvent(TICKET, OTHER_AGENT, AGENT));
            fixture.given(created(OPEN, AGENT))
                    .when(update().assignee(AssigneeChange.unassign()).build())
                    .expectEvents(new TicketUnassignedEvent(TICKET, AGENT));
        }

        @Test
        void refusesSolvingWithoutAssignee() {
            fixture.given(created(OPEN, null))
                    .when(update().status("solved").build())
                    .expectException(SolvedTicketNeedsAssignee.class);
            fixture.given(created(OPEN, null))
                    .when(update().status("resolved-remotely").build())
                    .expectException(SolvedTicketNeedsAssignee.class);
        }

        @Test
        void refusesUnassigningSolvedTicket() {
            fixture.given(created(SOLVED, AGENT))
                    .when(update().assignee(AssigneeChange.unassign()).build())
                    .expectException(SolvedTicketNeedsAssignee.class);
        }

        @Test
        void reopensAndUnassignsSolvedTicketInOneUpdate() {
            fixture.given(created(SOLVED, AGENT))
                    .when(update().assignee(AssigneeChange.unassign()).status("open").build())
                    .expectEvents(new TicketUnassignedEvent(TICKET, AGENT),
                            new TicketStatusChangedEvent(TICKET, SOLVED, OPEN));
        }

        @Test
        void refusesReturningToANewCategoryStatus() {
            fixture.given(created(OPEN, AGENT))
                    .when(update().status("new").build())
                    .expectException(TicketCannotReturnToNew.class);
            fixture.given(created(PENDING, AGENT))
                    .when(update().status("awaiting-triage").build())
                    .expectException(TicketCannotReturnToNew.class);
        }

        @Test
        void movesBetweenNewCategoryStatusesWhileStillNew() {
            fixture.given(created(NEW, null))
                    .when(update().status("awaiting-triage").build())
                    .expectEvents(new TicketStatusChangedEvent(TICKET, NEW,
                            new Status("awaiting-triage", StatusCategory.NEW)));
        }

        @Test
        void closesOnlyASolvedTicket() {
            fixture.given(created(SOLVED, AGENT))
                    .when(update().status("closed").build())
                    .expectEvents(new TicketStatusChangedEvent(TICKET, SOLVED, CLOSED));
            fixture.given(created(new Status("resolved-remotely", StatusCategory.SOLVED), AGENT))
                    .when(update().status("closed").build())
                    .expectEvents(new TicketStatusChangedEvent(TICKET,
                            new Status("resolved-remotely", StatusCategory.SOLVED), CLOSED));
            fixture.given(created(OPEN, AGENT))
                    .when(update().status("closed").build())
                    .expectException(TicketNotSolved.class);
        }

        @Test
        void refusesEveryChangeToAClosedTicket() {
            fixture.given(created(SOLVED, AGENT), new TicketStatusChangedEvent(TICKET, SOLVED, CLOSED))
                    .when(update().priority(Priority.HIGH).build())
                    .expectException(TicketClosed.class);
            fixture.given(created(SOLVED, AGENT), new TicketStatusChangedEvent(TICKET, SOLVED, CLOSED))
                    .when(update().build())
                    .expectException(TicketClosed.class);
            fixture.given(created(SOLVED, AGENT), new TicketStatusChangedEvent(TICKET, SOLVED, CLOSED))
                    .when(new AddPublicReplyCommand(TICKET, null, MESSAGE, AGENT, "Hello"))
                    .expectException(TicketClosed.class);
            fixture.given(created(SOLVED, AGENT), new TicketStatusChangedEvent(TICKET, SOLVED, CLOSED))
                    .when(new AddInternalNoteCommand(TICKET, null, MESSAGE, AGENT, "Note"))
                    .expectException(TicketClosed.class);
            assertThat(contents.rows).isEmpty();
        }

        @Test
        void refusesUnknownAndInactiveStatuses() {
            fixture.given(created(OPEN, AGENT)).when(update().status("no-such-status").build())
                    .expectException(UnknownStatus.class);
            fixture.given(created(OPEN, AGENT)).when(update().status("retired").build())
                    .expectException(InactiveStatus.class);
        }

        @Test
        void refusesUnknownAgentAndTeam() {
            fixture.given(created(OPEN, AGENT)).when(update().assignee(AssigneeChange.to(UNKNOWN_AGENT)).build())
                    .expectException(UnknownAgent.class);
            fixture.given(created(OPEN, AGENT)).when(update().team(TeamChange.to(UNKNOWN_TEAM)).build())
                    .expectException(UnknownTeam.class);
        }

        @Test
        void assignsChangesAndRemovesTeams() {
            fixture.given(created(OPEN, AGENT))
                    .when(update().team(TeamChange.to(TEAM)).build())
                    .expectEvents(new TicketTeamAssignedEvent(TICKET, TEAM, null));
            fixture.given(created(OPEN, AGENT), new TicketTeamAssignedEvent(TICKET, TEAM, null))
                    .when(update().team(TeamChange.to(OTHER_TEAM)).build())
                    .expectEvents(new TicketTeamAssignedEvent(TICKET, OTHER_TEAM, TEAM));
            fixture.given(created(OPEN, AGENT), new TicketTeamAssignedEvent(TICKET, TEAM, null))
                    .when(update().team(TeamChange.unassign()).build())
                    .expectEvents(new TicketTeamUnassignedEvent(TICKET, TEAM));
        }

        @Test
        void replacesAddsAndRemovesTagsWithOneEventPerKind() {
            fixture.given(created(OPEN, AGENT), new TicketTaggedEvent(TICKET, List.of("a", "b", "c")))
                    .when(update().tags(List.of("b", "C", "d")).addTags(List.of(" E ")).removeTags(List.of("d"))
                            .build())
                    .expectEvents(new TicketUntaggedEvent(TICKET, List.of("a")),
                            new TicketTaggedEvent(TICKET, List.of("e")))
                    .expectResultMessagePayload(4L);
        }

        @Test
        void refusesMoreThanFiftyTagsAndInvalidTags() {
            fixture.given(created(OPEN, AGENT), new TicketTaggedEvent(TICKET, tags(50)))
                    .when(update().addTags(List.of("one-more")).build())
                    .expectException(InvalidInput.class);
            fixture.given(created(OPEN, AGENT))
                    .when(update().addTags(List.of("-leading-dash")).build())
                    .expectException(InvalidInput.class);
        }

        @Test
        void setsChangesAndClearsCustomFields() {
            fixture.given(created(OPEN, AGENT))
                    .when(update().customFields(Map.of("plan", List.of("pro"))).build())
                    .expectEvents(new TicketCustomFieldChangedEvent(TICKET, "plan", FieldType.DROPDOWN, List.of(),
                            List.of("pro")));
            fixture.given(created(OPEN, AGENT), new TicketCustomFieldChangedEvent(TICKET, "plan",
                            FieldType.DROPDOWN, List.of(), List.of("pro")))
                    .when(update().customFields(Map.of("plan", List.of("basic"))).build())
                    .expectEvents(new TicketCustomFieldChangedEvent(TICKET, "plan", FieldType.DROPDOWN,
                            List.of("pro"), List.of("basic")));
            fixture.given(created(OPEN, AGENT), new TicketCustomFieldChangedEvent(TICKET, "plan",
                            FieldType.DROPDOWN, List.of(), List.of("pro")))
                    .when(update().customFields(Map.of("plan", List.of())).build())
                    .expectEvents(new TicketCustomFieldChangedEvent(TICKET, "plan", FieldType.DROPDOWN,
                            List.of("pro"), List.of()));
        }

        @Test
        void clearsButNeverSetsADeactivatedCustomField() {
            fixture.given(created(OPEN, AGENT), new TicketCustomFieldChangedEvent(TICKET, "legacy_code",
                            FieldType.TEXT, List.of(), List.of("X1")))
                    .when(update().customFields(Map.of("legacy_code", List.of())).build())
                    .expectEvents(new TicketCustomFieldChangedEvent(TICKET, "legacy_code", FieldType.TEXT,
                            List.of("X1"), List.of()));
            fixture.given(created(OPEN, AGENT))
                    .when(update().customFields(Map.of("legacy_code", List.of("X2"))).build())
                    .expectException(UnknownCustomField.class);
        }

        @Test
        void refusesInvalidCustomFieldValueAndChangesNothingElse() {
            fixture.given(created(OPEN, AGENT))
                    .when(update().priority(Priority.HIGH).customFields(Map.of("order_no", List.of("1.5"))).build())
                    .expectException(InvalidCustomFieldValue.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAStaleExpectedVersion() {
            fixture.given(created(OPEN, AGENT), new TicketPriorityChangedEvent(TICKET, Priority.NORMAL, Priority.LOW))
                    .when(UpdateTicketCommand.builder(TICKET, 0L).priority(Priority.HIGH).build())
                    .expectException(ConflictingAggregateVersionException.class);
            fixture.given(created(OPEN, AGENT), new TicketPriorityChangedEvent(TICKET, Priority.NORMAL, Priority.LOW))
                    .when(UpdateTicketCommand.builder(TICKET, 1L).priority(Priority.HIGH).build())
                    .expectResultMessagePayload(3L);
        }
    }

    @Nested
    class Messages {

        @Test
        void addsPublicReplyAndOpensANewTicket() {
            fixture.given(created(NEW, null))
                    .when(new AddPublicReplyCommand(TICKET, null, MESSAGE, AGENT, "On it."))
                    .expectEvents(new PublicReplyAddedEvent(TICKET, MESSAGE, AGENT),
                            new TicketStatusChangedEvent(TICKET, NEW, OPEN))
                    .expectResultMessagePayload(new MessageAddition(TICKET, MESSAGE, 3, false));
            assertThat(contents.rows.get(MESSAGE.value()))
                    .isEqualTo(new InMemoryTicketContents.Row(TICKET.value(), REQUESTER.value(), "message", "On it."));
        }

        @Test
        void recordsTheFilesOfAMessageRightAfterIt() {
            AttachmentId screenshot = AttachmentId.random();
            AttachmentId log = AttachmentId.random();
            fixture.given(created(OPEN, AGENT))
                    .when(new AddInternalNoteCommand(TICKET, null, MESSAGE, AGENT, "See the files.", "text",
                            List.of(screenshot, log)))
                    .expectEvents(new InternalNoteAddedEvent(TICKET, MESSAGE, AGENT),
                            new MessageAttachmentsAddedEvent(TICKET, MESSAGE, List.of(
                                    new AttachmentRef(screenshot, 1, "text/plain", "0".repeat(64), false),
                                    new AttachmentRef(log, 1, "text/plain", "0".repeat(64), false))))
                    .expectResultMessagePayload(new MessageAddition(TICKET, MESSAGE, 3, false));
        }

        @Test
        void aMessageWithoutFilesHasNoFileEvent() {
            fixture.given(created(OPEN, AGENT))
                    .when(new AddCustomerMessageCommand(TICKET, null, MESSAGE, null, "Thanks", "text", List.of()))
                    .expectEvents(new CustomerMessageAddedEvent(TICKET, MESSAGE, REQUESTER));
        }

        @Test
        void storesARichTextNoteSanitisedWithItsPlainText() {
            fixture.given(created(OPEN, AGENT))
                    .when(new AddInternalNoteCommand(TICKET, null, MESSAGE, AGENT,
                            "<p>Check <a href=\"javascript:alert(1)\">the log</a><img src=x onerror=alert(1)></p>",
                            "html"))
                    .expectEvents(new InternalNoteAddedEvent(TICKET, MESSAGE, AGENT));
            assertThat(contents.rows.get(MESSAGE.value()).body()).isEqualTo("Check the log");
            assertThat(contents.html.get(MESSAGE.value())).isEqualTo("<p>Check <a rel=\"noopener noreferrer nofollow\""
                    + " target=\"_blank\">the log</a></p>");
        }

        @Test
        void refusesRichTextWithNoTextAndStoresNothing() {
            fixture.given(created(OPEN, AGENT))
                    .when(new AddPublicReplyCommand(TICKET, null, MESSAGE, AGENT, "<script>alert(1)</script>", "html"))
                    .expectNoEvents()
                    .expectException(DomainException.class);
            assertThat(contents.rows).doesNotContainKey(MESSAGE.value());
        }

        @Test
        void addsPublicReplyWithoutStatusChangeOnPendingTicket() {
            fixture.given(created(PENDING, AGENT))
                    .when(new AddPublicReplyCommand(TICKET, null, MESSAGE, null, "Any news?"))
                    .expectEvents(new PublicReplyAddedEvent(TICKET, MESSAGE, null))
                    .expectResultMessagePayload(new MessageAddition(TICKET, MESSAGE, 2, false));
        }

        @Test
        void refusesRepliesAndNotesByUnknownAgents() {
            fixture.given(created(OPEN, AGENT))
                    .when(new AddPublicReplyCommand(TICKET, null, MESSAGE, UNKNOWN_AGENT, "Hi"))
                    .expectException(UnknownAgent.class);
            fixture.given(created(OPEN, AGENT))
                    .when(new AddInternalNoteCommand(TICKET, null, MESSAGE, UNKNOWN_AGENT, "Hi"))
                    .expectException(UnknownAgent.class);
        }

        @Test
        void refusesEmptyAndOversizedBodies() {
            fixture.given(created(OPEN, AGENT))
                    .when(new AddPublicReplyCommand(TICKET, null, MESSAGE, AGENT, " \n "))
                    .expectException(InvalidInput.class);
            fixture.given(created(OPEN, AGENT))
                    .when(new AddInternalNoteCommand(TICKET, null, MESSAGE, AGENT, "x".repeat(65_537)))
                    .expectException(InvalidInput.class);
            fixture.given(created(OPEN, AGENT))
                    .when(new AddCustomerMessageCommand(TICKET, null, MESSAGE, null, null))
                    .expectException(InvalidInput.class);
            assertThat(contents.rows).isEmpty();
        }

        @Test
        void addsInternalNoteWithoutChangingANewTicket() {
            fixture.given(created(NEW, null))
                    .when(new AddInternalNoteCommand(TICKET, null, MESSAGE, AGENT, "Looks like spam"))
                    .expectEvents(new InternalNoteAddedEvent(TICKET, MESSAGE, AGENT))
                    .expectResultMessagePayload(new MessageAddition(TICKET, MESSAGE, 2, false));
            assertThat(contents.rows).containsKey(MESSAGE.value());
        }

        @Test
        void reopensSolvedTicketOnCustomerMessage() {
            fixture.given(created(SOLVED, AGENT))
                    .when(new AddCustomerMessageCommand(TICKET, null, MESSAGE, null, "Still broken"))
                    .expectEvents(new CustomerMessageAddedEvent(TICKET, MESSAGE, REQUESTER),
                            new TicketStatusChangedEvent(TICKET, SOLVED, OPEN))
                    .expectResultMessagePayload(new MessageAddition(TICKET, MESSAGE, 3, false));
        }

        @Test
        void reopensPendingTicketOnCustomerMessage() {
            fixture.given(created(PENDING, AGENT))
                    .when(new AddCustomerMessageCommand(TICKET, null, MESSAGE, null, "Here is the log"))
                    .expectEvents(new CustomerMessageAddedEvent(TICKET, MESSAGE, REQUESTER),
                            new TicketStatusChangedEvent(TICKET, PENDING, OPEN));
        }

        @Test
        void reopensOnHoldTicketOnCustomerMessage() {
            Status onHold = new Status("waiting-on-vendor", StatusCategory.ON_HOLD);
            fixture.given(created(onHold, AGENT))
                    .when(new AddCustomerMessageCommand(TICKET, null, MESSAGE, OTHER_CUSTOMER, "Any update?"))
                    .expectEvents(new CustomerMessageAddedEvent(TICKET, MESSAGE, OTHER_CUSTOMER),
                            new TicketStatusChangedEvent(TICKET, onHold, OPEN));
        }

        @Test
        void keepsNewAndOpenTicketsAsTheyAreOnCustomerMessage() {
            fixture.given(created(NEW, null))
                    .when(new AddCustomerMessageCommand(TICKET, null, MESSAGE, null, "Hello?"))
                    .expectEvents(new CustomerMessageAddedEvent(TICKET, MESSAGE, REQUESTER));
            MessageId second = MessageId.random();
            fixture.given(created(OPEN, AGENT))
                    .when(new AddCustomerMessageCommand(TICKET, null, second, null, "Hello?"))
                    .expectEvents(new CustomerMessageAddedEvent(TICKET, second, REQUESTER));
        }

        @Test
        void refusesCustomerMessagesFromUnknownOrErasedCustomers() {
            fixture.given(created(OPEN, AGENT))
                    .when(new AddCustomerMessageCommand(TICKET, null, MESSAGE, new CustomerId(UUID.randomUUID()), "x"))
                    .expectException(UnknownCustomer.class);
            fixture.given(created(OPEN, AGENT))
                    .when(new AddCustomerMessageCommand(TICKET, null, MESSAGE, ERASED_CUSTOMER, "x"))
                    .expectException(CustomerErased.class);
        }

        @Test
        void opensALinkedFollowUpWhenTheCustomerWritesOnAClosedTicket() {
            contents.addSubject(TICKET, REQUESTER, "Printer on fire");
            TicketId followUpId = FollowUp.idFor(MESSAGE);
            fixture.given(created(SOLVED, AGENT), new TicketTaggedEvent(TICKET, List.of("hardware")),
                            new TicketStatusChangedEvent(TICKET, SOLVED, CLOSED))
                    .when(new AddCustomerMessageCommand(TICKET, 2L, MESSAGE, null, "It is on fire again"),
                            MetaData.with(MetadataKeys.CHANNEL, "email"))
                    .expectNoEvents()
                    .expectResultMessagePayload(new MessageAddition(followUpId, MESSAGE, 1, true));
            assertThat(followUps.payloads()).containsExactly(new TicketCreatedEvent(followUpId, 2001, REQUESTER,
                    Channel.EMAIL, OPEN, Priority.NORMAL, TicketType.QUESTION, AGENT, null, List.of("hardware"),
                    List.of(), MESSAGE, TICKET));
            assertThat(contents.rows.get(followUpId.value())).isEqualTo(new InMemoryTicketContents.Row(
                    followUpId.value(), REQUESTER.value(), "subject", "Printer on fire"));
            assertThat(contents.rows.get(MESSAGE.value())).isEqualTo(new InMemoryTicketContents.Row(
                    followUpId.value(), REQUESTER.value(), "message", "It is on fire again"));
        }

        @Test
        void givesAnotherCustomersFollowUpANeutralSubjectInsteadOfTheRequesters() {
            contents.addSubject(TICKET, REQUESTER, "My divorce papers");
            TicketId followUpId = FollowUp.idFor(MESSAGE);
            fixture.given(created(SOLVED, AGENT), new TicketStatusChangedEvent(TICKET, SOLVED, CLOSED))
                    .when(new AddCustomerMessageCommand(TICKET, null, MESSAGE, OTHER_CUSTOMER, "Same here"))
                    .expectResultMessagePayload(new MessageAddition(followUpId, MESSAGE, 1, true));
            assertThat(contents.rows.get(followUpId.value())).isEqualTo(new InMemoryTicketContents.Row(
                    followUpId.value(), OTHER_CUSTOMER.value(), "subject", "Follow-up to #1001"));
            assertThat(contents.rows.get(MESSAGE.value()).subjectId()).isEqualTo(OTHER_CUSTOMER.value());
        }

        @Test
        void refusesAStaleExpectedVersionOnMessages() {
            fixture.given(created(OPEN, AGENT), new TicketPriorityChangedEvent(TICKET, Priority.NORMAL, Priority.LOW))
                    .when(new AddInternalNoteCommand(TICKET, 0L, MESSAGE, AGENT, "Note"))
                    .expectException(ConflictingAggregateVersionException.class);
        }
    }

    /** Who may do what to an existing ticket, judged from the actor in the command's metadata. */
    @Nested
    class Access {

        static final AgentId SIGNED_IN_AGENT = AGENT;

        static MetaData as(ActorType type, Object id) {
            return MetaData.with(MetadataKeys.ACTOR_TYPE, type.key()).and(MetadataKeys.ACTOR_ID, id.toString());
        }

        @Test
        void answersNotFoundToACustomerWhoMayNotSeeTheTicket() {
            MetaData stranger = as(ActorType.CUSTOMER, OTHER_CUSTOMER);
            fixture.given(created(OPEN, AGENT)).when(update().priority(Priority.HIGH).build(), stranger)
                    .expectException(TicketNotFound.class).expectNoEvents();
            fixture.given(created(OPEN, AGENT))
                    .when(new AddCustomerMessageCommand(TICKET, null, MESSAGE, null, "Hi"), stranger)
                    .expectException(TicketNotFound.class).expectNoEvents();
            fixture.given(created(OPEN, AGENT))
                    .when(new AddInternalNoteCommand(TICKET, null, MESSAGE, null, "Hi"), stranger)
                    .expectException(TicketNotFound.class).expectNoEvents();
            fixture.given(created(SOLVED, AGENT), new TicketStatusChangedEvent(TICKET, SOLVED, CLOSED))
                    .when(new AddCustomerMessageCommand(TICKET, null, MESSAGE, null, "Hi"), stranger)
                    .expectException(TicketNotFound.class);
            assertThat(contents.rows).isEmpty();
            assertThat(followUps.events).isEmpty();
        }

        @Test
        void answersNotFoundToAColleagueOnceTheOrganisationStopsSharingTickets() {
            organisationShares = false;
            fixture.given(created(OPEN, AGENT))
                    .when(new AddCustomerMessageCommand(TICKET, null, MESSAGE, null, "Hi"),
                            as(ActorType.CUSTOMER, COLLEAGUE))
                    .expectException(TicketNotFound.class);
        }

        @Test
        void refusesStaffActionsToCustomersWhoSeeTheTicket() {
            for (CustomerId customer : List.of(REQUESTER, COLLEAGUE)) {
                MetaData meta = as(ActorType.CUSTOMER, customer);
                fixture.given(created(OPEN, AGENT)).when(update().build(), meta)
                        .expectException(CustomerActionForbidden.class).expectNoEvents();
                fixture.given(created(OPEN, AGENT))
                        .when(new AddPublicReplyCommand(TICKET, null, MESSAGE, null, "Hi"), meta)
                        .expectException(CustomerActionForbidden.class).expectNoEvents();
                fixture.given(created(OPEN, AGENT))
                        .when(new AddInternalNoteCommand(TICKET, null, MESSAGE, null, "Hi"), meta)
                        .expectException(CustomerActionForbidden.class).expectNoEvents();
            }
            assertThat(contents.rows).isEmpty();
        }

        @Test
        void recordsACustomersMessageUnderTheirOwnName() {
            fixture.given(created(OPEN, AGENT))
                    .when(new AddCustomerMessageCommand(TICKET, null, MESSAGE, null, "Hi"),
                            as(ActorType.CUSTOMER, COLLEAGUE))
                    .expectEvents(new CustomerMessageAddedEvent(TICKET, MESSAGE, COLLEAGUE));
            fixture.given(created(OPEN, AGENT))
                    .when(new AddCustomerMessageCommand(TICKET, null, MESSAGE, OTHER_CUSTOMER, "Hi"),
                            as(ActorType.CUSTOMER, REQUESTER))
                    .expectException(CustomerActionForbidden.class).expectNoEvents();
        }

        @Test
        void opensAColleaguesFollowUpWithTheColleagueAsRequesterAndANeutralSubject() {
            contents.addSubject(TICKET, REQUESTER, "Our printer");
            TicketId followUpId = FollowUp.idFor(MESSAGE);
            fixture.given(created(SOLVED, AGENT), new TicketStatusChangedEvent(TICKET, SOLVED, CLOSED))
                    .when(new AddCustomerMessageCommand(TICKET, null, MESSAGE, null, "Again"),
                            as(ActorType.CUSTOMER, COLLEAGUE))
                    .expectResultMessagePayload(new MessageAddition(followUpId, MESSAGE, 1, true));
            assertThat(((TicketCreatedEvent) followUps.payloads().getFirst()).requesterId()).isEqualTo(COLLEAGUE);
            assertThat(contents.rows.get(followUpId.value())).isEqualTo(new InMemoryTicketContents.Row(
                    followUpId.value(), COLLEAGUE.value(), "subject", "Follow-up to #1001"));
        }

        @Test
        void recordsAnAgentsMessagesUnderTheirOwnNameAndRefusesAnother() {
            MetaData agent = as(ActorType.USER, SIGNED_IN_AGENT);
            MessageId reply = MessageId.random();
            fixture.given(created(OPEN, AGENT))
                    .when(new AddInternalNoteCommand(TICKET, null, MESSAGE, null, "Note"), agent)
                    .expectEvents(new InternalNoteAddedEvent(TICKET, MESSAGE, SIGNED_IN_AGENT));
            fixture.given(created(OPEN, AGENT))
                    .when(new AddPublicReplyCommand(TICKET, null, reply, SIGNED_IN_AGENT, "Reply"), agent)
                    .expectEvents(new PublicReplyAddedEvent(TICKET, reply, SIGNED_IN_AGENT));
            fixture.given(created(OPEN, AGENT))
                    .when(new AddPublicReplyCommand(TICKET, null, MESSAGE, OTHER_AGENT, "Reply"), agent)
                    .expectException(AuthorNotTheCaller.class).expectNoEvents();
        }

        @Test
        void letsAnIntegrationNameAnExistingAgentOrNone() {
            MetaData key = as(ActorType.API_KEY, UUID.randomUUID());
            MessageId note = MessageId.random();
            fixture.given(created(OPEN, AGENT))
                    .when(new AddPublicReplyCommand(TICKET, null, MESSAGE, OTHER_AGENT, "Reply"), key)
                    .expectEvents(new PublicReplyAddedEvent(TICKET, MESSAGE, OTHER_AGENT));
            fixture.given(created(OPEN, AGENT))
                    .when(new AddInternalNoteCommand(TICKET, null, note, null, "Imported"), key)
                    .expectEvents(new InternalNoteAddedEvent(TICKET, note, null));
            fixture.given(created(OPEN, AGENT))
                    .when(new AddPublicReplyCommand(TICKET, null, MESSAGE, UNKNOWN_AGENT, "Reply"), key)
                    .expectException(UnknownAgent.class);
        }

        @Test
        void letsStaffPostACustomerMessageForTheRequesterOrANamedCustomer() {
            MetaData agent = as(ActorType.USER, SIGNED_IN_AGENT);
            MessageId cc = MessageId.random();
            fixture.given(created(OPEN, AGENT))
                    .when(new AddCustomerMessageCommand(TICKET, null, MESSAGE, null, "From email"), agent)
                    .expectEvents(new CustomerMessageAddedEvent(TICKET, MESSAGE, REQUESTER));
            fixture.given(created(OPEN, AGENT))
                    .when(new AddCustomerMessageCommand(TICKET, null, cc, OTHER_CUSTOMER, "Cc"), agent)
                    .expectEvents(new CustomerMessageAddedEvent(TICKET, cc, OTHER_CUSTOMER));
        }
    }

    static List<String> tags(int count) {
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tags.add("tag-" + i);
        }
        return tags;
    }
}
