package io.autocrm.command.ticket;

import static io.autocrm.command.ticket.Fakes.*;
import static io.autocrm.command.ticket.TicketTest.*;

import io.autocrm.command.access.CustomerActionForbidden;
import io.autocrm.command.customer.CustomerRegistration;
import io.autocrm.events.common.ActorType;
import io.autocrm.events.common.InvalidInput;
import io.autocrm.events.common.MetadataKeys;
import io.autocrm.events.ticket.*;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Required skills: the whole set in a canonical order, recorded only when it changes, never by customers. */
class RequiredSkillsTest {

    FixtureConfiguration<Ticket> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Ticket.class);
        fixture.registerInjectableResource(statuses());
        fixture.registerInjectableResource(files());
        fixture.registerInjectableResource(customFields(new HashSet<>()));
        fixture.registerInjectableResource(agents());
        fixture.registerInjectableResource(teams());
        fixture.registerInjectableResource(customers());
        fixture.registerInjectableResource(creationLookups(new HashSet<>()));
        fixture.registerInjectableResource(memberships(() -> true));
        fixture.registerInjectableResource((CustomerRegistration) (id, name, email) -> { });
        fixture.registerInjectableResource(new InMemoryTicketContents());
        fixture.registerInjectableResource((TicketNumbers) new AtomicLong(2000)::incrementAndGet);
    }

    @Test
    void recordsTheWholeSetSortedAndOnlyWhenItChanges() {
        List<SkillRequirement> wanted = List.of(new SkillRequirement("german", 1), new SkillRequirement("billing", 2));
        List<SkillRequirement> sorted = List.of(new SkillRequirement("billing", 2), new SkillRequirement("german", 1));
        fixture.given(created(OPEN, AGENT))
                .when(new RequireSkillsCommand(TICKET, wanted))
                .expectEvents(new TicketSkillsRequiredEvent(TICKET, sorted, List.of()));
        fixture.given(created(OPEN, AGENT), new TicketSkillsRequiredEvent(TICKET, sorted, List.of()))
                .when(new RequireSkillsCommand(TICKET, wanted))
                .expectNoEvents();
        fixture.given(created(OPEN, AGENT), new TicketSkillsRequiredEvent(TICKET, sorted, List.of()))
                .when(new RequireSkillsCommand(TICKET, List.of()))
                .expectEvents(new TicketSkillsRequiredEvent(TICKET, List.of(), sorted));
    }

    @Test
    void refusesBadRequirementsAndCustomers() {
        fixture.given(created(OPEN, AGENT))
                .when(new RequireSkillsCommand(TICKET, List.of(new SkillRequirement("billing", 4))))
                .expectException(InvalidInput.class).expectNoEvents();
        fixture.given(created(OPEN, AGENT))
                .when(new RequireSkillsCommand(TICKET, List.of(new SkillRequirement("Billing!", 1))))
                .expectException(InvalidInput.class).expectNoEvents();
        fixture.given(created(OPEN, AGENT))
                .when(new RequireSkillsCommand(TICKET, List.of(new SkillRequirement("billing", 1),
                        new SkillRequirement("billing", 2))))
                .expectException(InvalidInput.class).expectNoEvents();
        MetaData customer = MetaData.with(MetadataKeys.ACTOR_TYPE, ActorType.CUSTOMER.key())
                .and(MetadataKeys.ACTOR_ID, REQUESTER.toString());
        fixture.given(created(OPEN, AGENT))
                .when(new RequireSkillsCommand(TICKET, List.of(new SkillRequirement("billing", 1))), customer)
                .expectException(CustomerActionForbidden.class).expectNoEvents();
    }
}
