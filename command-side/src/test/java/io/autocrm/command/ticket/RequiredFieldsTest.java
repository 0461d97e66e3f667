package io.autocrm.command.ticket;

import static io.autocrm.command.ticket.Fakes.*;
import static io.autocrm.command.ticket.TicketTest.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.autocrm.command.customer.CustomerRegistration;
import io.autocrm.command.ticket.CreateTicketCommand.Assignment;
import io.autocrm.command.ticket.CreateTicketCommand.Classification;
import io.autocrm.command.ticket.CreateTicketCommand.Requester;
import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import io.autocrm.events.common.TicketId;
import io.autocrm.events.ticket.*;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Required custom fields: a ticket moves to a solved or closed status only with a value in each active one. */
class RequiredFieldsTest {

    static final TicketId SURVIVOR = new TicketId(UUID.fromString("00000000-0000-0000-0000-0000000000f2"));

    FixtureConfiguration<Ticket> fixture;
    Set<String> required;

    @BeforeEach
    void setUp() {
        required = new HashSet<>();
        fixture = new AggregateTestFixture<>(Ticket.class);
        fixture.registerInjectableResource(statuses());
        fixture.registerInjectableResource(files());
        fixture.registerInjectableResource(customFields(required));
        fixture.registerInjectableResource(agents());
        fixture.registerInjectableResource(teams());
        fixture.registerInjectableResource(customers());
        fixture.registerInjectableResource(creationLookups(required));
        fixture.registerInjectableResource(memberships(() -> true));
        fixture.registerInjectableResource((CustomerRegistration) (id, name, email) -> { });
        fixture.registerInjectableResource(new InMemoryTicketContents());
        fixture.registerInjectableResource((TicketNumbers) new AtomicLong(2000)::incrementAndGet);
        fixture.registerRepositoryProvider(new FollowUpRepository());
    }

    static TicketCustomFieldChangedEvent planSet() {
        return new TicketCustomFieldChangedEvent(TICKET, "plan", FieldType.DROPDOWN, List.of(), List.of("pro"));
    }

    @Test
    void refusesSolvingWithoutRequiredFieldsAndNamesThem() {
        required.addAll(Set.of("plan", "order_no"));
        fixture.given(created(OPEN, AGENT))
                .when(update().status("solved").build())
                .expectNoEvents()
                .expectException(RequiredFieldMissing.class)
                .expectExceptionMessage("Required custom fields 'order_no', 'plan' need values before the ticket can"
                        + " be solved or closed.");
        fixture.given(created(OPEN, AGENT), planSet())
                .when(update().status("resolved-remotely").build())
                .expectException(RequiredFieldMissing.class)
                .expectExceptionMessage("Required custom field 'order_no' needs a value before the ticket can be"
                        + " solved or closed.");
    }

    @Test
    void carriesItsStableCode() {
        assertThat(RequiredFieldMissing.toSolve(List.of("plan")))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.REQUIRED_FIELD_MISSING));
        assertThat(ErrorCode.REQUIRED_FIELD_MISSING.code()).isEqualTo("required-field-missing");
    }

    @Test
    void solvesOnceTheFieldHasAValueAlsoInTheSameUpdate() {
        required.add("plan");
        fixture.given(created(OPEN, AGENT), planSet())
                .when(update().status("solved").build())
                .expectEvents(new TicketStatusChangedEvent(TICKET, OPEN, SOLVED));
        fixture.given(created(OPEN, AGENT))
                .when(update().status("solved").customFields(Map.of("plan", List.of("pro"))).build())
                .expectEvents(planSet(), new TicketStatusChangedEvent(TICKET, OPEN, SOLVED));
    }

    @Test
    void refusesClearingTheFieldInTheUpdateThatSolves() {
        required.add("plan");
        fixture.given(created(OPEN, AGENT), planSet())
                .when(update().status("solved").customFields(Map.of("plan", List.of())).build())
                .expectException(RequiredFieldMissing.class);
    }

    @Test
    void refusesClosingWithoutRequiredFields() {
        required.add("plan");
        fixture.given(created(OPEN, AGENT), new TicketStatusChangedEvent(TICKET, OPEN, SOLVED))
                .when(update().status("closed").build())
                .expectException(RequiredFieldMissing.class);
    }

    @Test
    void refusesClearingARequiredFieldOfASolvedTicketButLetsOtherChangesThrough() {
        required.add("plan");
        fixture.given(created(SOLVED, AGENT), planSet())
                .when(update().customFields(Map.of("plan", List.of())).build())
                .expectException(RequiredFieldMissing.class);
        // solved before the field became required: it may still change otherwise, and reopen
        fixture.given(created(SOLVED, AGENT))
                .when(update().priority(Priority.HIGH).build())
                .expectEvents(new TicketPriorityChangedEvent(TICKET, Priority.NORMAL, Priority.HIGH));
        fixture.given(created(SOLVED, AGENT))
                .when(update().status("open").build())
                .expectEvents(new TicketStatusChangedEvent(TICKET, SOLVED, OPEN));
    }

    @Test
    void leavesOtherStatusesAlone() {
        required.add("plan");
        fixture.given(created(NEW, null))
                .when(update().status("pending").assignee(AssigneeChange.to(AGENT)).build())
                .expectEvents(new TicketAssignedEvent(TICKET, AGENT, null),
                        new TicketStatusChangedEvent(TICKET, NEW, PENDING));
    }

    @Test
    void inactiveFieldsNeverCount() {
        required.add("legacy_code"); // marked required, but no longer in use
        fixture.given(created(OPEN, AGENT))
                .when(update().status("solved").build())
                .expectEvents(new TicketStatusChangedEvent(TICKET, OPEN, SOLVED));
    }

    @Test
    void aTicketCreatedSolvedNeedsTheFields() {
        required.add("plan");
        fixture.givenNoPriorActivity().when(create("solved", AGENT))
                .expectException(RequiredFieldMissing.class);
    }

    @Test
    void agentsNeedNotFillRequiredFieldsToOpenATicket() {
        required.add("plan");
        fixture.givenNoPriorActivity().when(create("open", AGENT))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aTicketCreatedSolvedWithTheFieldsIsAccepted() {
        required.add("plan");
        fixture.givenNoPriorActivity().when(new CreateTicketCommand(TICKET, null, Requester.existing(REQUESTER),
                        content("Printer on fire", "It is on fire."),
                        new Classification("solved", null, null, null, Map.of("plan", List.of("basic"))),
                        new Assignment(AGENT, null)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aMergeClosesATicketWithoutTheFields() {
        required.add("plan");
        fixture.given(created(OPEN, AGENT))
                .when(new MergeIntoCommand(TICKET, SURVIVOR, 1002, REQUESTER))
                .expectSuccessfulHandlerExecution();
    }
}
