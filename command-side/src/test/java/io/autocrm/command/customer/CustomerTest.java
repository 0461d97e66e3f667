package io.autocrm.command.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.autocrm.command.directory.OrganisationDirectory;
import io.autocrm.command.directory.UnknownOrganisation;
import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.InvalidInput;
import io.autocrm.events.common.OrganisationId;
import io.autocrm.events.customer.CustomerErasedEvent;
import io.autocrm.events.customer.CustomerRegisteredEvent;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CustomerTest {

    static final CustomerId CUSTOMER = new CustomerId(UUID.fromString("00000000-0000-0000-0000-00000000c001"));
    static final OrganisationId ACME = new OrganisationId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));

    AggregateTestFixture<Customer> fixture;
    InMemoryCustomerProfiles profiles;

    @BeforeEach
    void setUp() {
        profiles = new InMemoryCustomerProfiles();
        fixture = new AggregateTestFixture<>(Customer.class);
        fixture.registerInjectableResource(profiles);
        fixture.registerInjectableResource((OrganisationDirectory) ACME::equals);
    }

    @Test
    void registersCustomerWithPersonalDataOutsideTheEvent() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCustomerCommand(CUSTOMER, " Ada Lovelace ", "ada@example.com", null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CustomerRegisteredEvent(CUSTOMER, null));
        assertThat(profiles.profiles.get(CUSTOMER))
                .isEqualTo(new InMemoryCustomerProfiles.Profile("Ada Lovelace", "ada@example.com", null, null));
    }

    @Test
    void registersCustomerOfAnExistingOrganisation() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCustomerCommand(CUSTOMER, "Ada", "ada@example.com", ACME))
                .expectEvents(new CustomerRegisteredEvent(CUSTOMER, ACME));
    }

    @Test
    void refusesUnknownOrganisation() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCustomerCommand(CUSTOMER, "Ada", "ada@example.com", OrganisationId.random()))
                .expectException(UnknownOrganisation.class);
        assertThat(profiles.profiles).isEmpty();
    }

    @Test
    void refusesMissingNameAndMalformedEmail() {
        fixture.givenNoPriorActivity().when(new RegisterCustomerCommand(CUSTOMER, " ", "ada@example.com", null))
                .expectException(InvalidInput.class);
        fixture.givenNoPriorActivity().when(new RegisterCustomerCommand(CUSTOMER, "Ada", "ada.example.com", null))
                .expectException(InvalidInput.class);
        fixture.givenNoPriorActivity().when(new RegisterCustomerCommand(CUSTOMER, "Ada", "ada@", null))
                .expectException(InvalidInput.class);
        fixture.givenNoPriorActivity().when(new RegisterCustomerCommand(CUSTOMER, "x".repeat(201), "a@b.c", null))
                .expectException(InvalidInput.class);
    }

    @Test
    void refusesAnEmailAnotherCustomerUses() {
        profiles.register(CustomerId.random(), "Someone", "ADA@example.com", null);
        fixture.givenNoPriorActivity()
                .when(new RegisterCustomerCommand(CUSTOMER, "Ada", "ada@example.com", null))
                .expectException(CustomerAlreadyExists.class)
                .expectNoEvents();
    }

    @Test
    void erasesPersonalDataAndAnswersWhen() {
        profiles.register(CUSTOMER, "Ada", "ada@example.com", null);
        Instant now = fixture.currentTime().truncatedTo(ChronoUnit.MILLIS);
        fixture.given(new CustomerRegisteredEvent(CUSTOMER, null))
                .when(new EraseCustomerCommand(CUSTOMER))
                .expectEvents(new CustomerErasedEvent(CUSTOMER))
                .expectResultMessagePayload(now);
        InMemoryCustomerProfiles.Profile erased = profiles.profiles.get(CUSTOMER);
        assertThat(erased.name()).isNull();
        assertThat(erased.email()).isNull();
        assertThat(erased.erasedAt()).isEqualTo(now);
    }

    @Test
    void erasesAgainOnASecondErasureButRecordsItOnceAndAnswersTheFirstOnesTime() {
        Instant first = fixture.currentTime().truncatedTo(ChronoUnit.MILLIS);
        fixture.given(new CustomerRegisteredEvent(CUSTOMER, null), new CustomerErasedEvent(CUSTOMER))
                .when(new EraseCustomerCommand(CUSTOMER))
                .expectNoEvents()
                .expectResultMessagePayload(first);
        assertThat(profiles.erasures).isEqualTo(1);
        assertThat(profiles.profiles.get(CUSTOMER).erasedAt()).isEqualTo(first);
    }
}
