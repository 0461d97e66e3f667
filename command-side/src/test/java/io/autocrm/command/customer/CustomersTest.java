package io.autocrm.command.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.autocrm.command.customer.Customers.CustomerView;
import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import io.autocrm.events.common.OrganisationId;
import io.autocrm.testsupport.TestPostgres;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Customers' personal data on PostgreSQL with the real migrations. */
class CustomersTest {

    static JdbcClient jdbc;
    static Customers customers;

    @BeforeAll
    static void database() {
        jdbc = JdbcClient.create(TestPostgres.freshMigratedDataSource());
        customers = new Customers(jdbc, customer -> { });
    }

    @Test
    void registersAndFindsCustomersByIdAndEmailIgnoringCase() {
        CustomerId id = CustomerId.random();
        OrganisationId organisation = OrganisationId.random();
        customers.register(id, "Ada", "Ada@Example.com", organisation);
        CustomerView expected = new CustomerView(id.value(), "Ada", "Ada@Example.com", organisation.value(), false);
        assertThat(customers.find(id.value())).contains(expected);
        assertThat(customers.findByEmail(" ada@example.COM ")).contains(expected);
        assertThat(customers.standingOf(id)).isEqualTo(CustomerStanding.ACTIVE);
        assertThat(customers.standingOf(CustomerId.random())).isEqualTo(CustomerStanding.UNKNOWN);
    }

    @Test
    void refusesAnEmailInUseIgnoringCase() {
        customers.register(CustomerId.random(), "Bob", "bob@example.com", null);
        assertThatThrownBy(() -> customers.register(CustomerId.random(), "Bobby", "BOB@example.com", null))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.DUPLICATE_DEFINITION));
    }

    @Test
    void erasesNameEmailAndEveryTextStoredUnderTheCustomer() {
        CustomerId erased = CustomerId.random();
        CustomerId other = CustomerId.random();
        customers.register(erased, "Carol", "carol@example.com", null);
        customers.register(other, "Dave", "dave@example.com", null);
        UUID ticket = UUID.randomUUID();
        content(ticket, ticket, erased, "subject", "Carol's printer");
        content(UUID.randomUUID(), ticket, erased, "message", "Call me on 555-0100");
        content(UUID.randomUUID(), UUID.randomUUID(), other, "message", "Dave's text");

        customers.erase(erased, Instant.parse("2026-01-02T03:04:05Z"));

        assertThat(customers.find(erased.value()))
                .contains(new CustomerView(erased.value(), null, null, null, true));
        assertThat(customers.standingOf(erased)).isEqualTo(CustomerStanding.ERASED);
        assertThat(customers.findByEmail("carol@example.com")).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM pii.ticket_content WHERE subject_id = ?").param(erased.value())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM pii.ticket_content WHERE subject_id = ?").param(other.value())
                .query(Long.class).single()).isEqualTo(1L);
        assertThat(jdbc.sql("SELECT erased_at FROM pii.customer WHERE id = ?").param(erased.value())
                .query(java.sql.Timestamp.class).single().toInstant())
                .isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
    }

    @Test
    void erasesTextsAgainOnARepeatedErasureAndKeepsTheFirstTime() {
        CustomerId erased = CustomerId.random();
        customers.register(erased, "Frank", "frank@example.com", null);
        customers.erase(erased, Instant.parse("2026-01-02T03:04:05Z"));
        content(UUID.randomUUID(), UUID.randomUUID(), erased, "message", "Stored past the first erasure");

        customers.erase(erased, Instant.parse("2026-02-02T03:04:05Z"));

        assertThat(jdbc.sql("SELECT count(*) FROM pii.ticket_content WHERE subject_id = ?").param(erased.value())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT erased_at FROM pii.customer WHERE id = ?").param(erased.value())
                .query(java.sql.Timestamp.class).single().toInstant())
                .isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
    }

    @Test
    void letsANewCustomerUseTheEmailOfAnErasedOne() {
        CustomerId first = CustomerId.random();
        customers.register(first, "Eve", "eve@example.com", null);
        customers.erase(first, Instant.now());
        CustomerId second = CustomerId.random();
        customers.register(second, "Eve", "eve@example.com", null);
        assertThat(customers.page(new Customers.CustomerSearch("eve@example.com", null, null), null, 10))
                .extracting(CustomerView::id)
                .containsExactly(second.value());
    }

    private static void content(UUID contentId, UUID ticketId, CustomerId subject, String kind, String body) {
        jdbc.sql("INSERT INTO pii.ticket_content (content_id, ticket_id, subject_id, kind, body) VALUES (?, ?, ?, ?, ?)")
                .params(contentId, ticketId, subject.value(), kind, body).update();
    }
}
