package io.autocrm.command.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.TicketId;
import io.autocrm.testsupport.TestPostgres;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Ticket texts, numbers and idempotency keys on PostgreSQL with the real migrations. */
class TicketStoresTest {

    static JdbcClient jdbc;

    @BeforeAll
    static void database() {
        jdbc = JdbcClient.create(TestPostgres.freshMigratedDataSource());
    }

    @Test
    void storesSubjectsAndMessagesUnderTheirIdsWithTheirDataSubject() {
        TicketContentStore contents = new TicketContentStore(jdbc);
        TicketId ticket = TicketId.random();
        CustomerId requester = customer(false);
        MessageId message = MessageId.random();
        contents.addSubject(ticket, requester, "Printer on fire");
        contents.addMessage(message, ticket, requester, MessageBody.of("html", "<p>Really <b>on fire</b></p>"));

        assertThat(contents.subjectOf(ticket)).contains("Printer on fire");
        assertThat(contents.subjectOf(TicketId.random())).isEmpty();
        assertThat(jdbc.sql("SELECT kind || ':' || body FROM pii.ticket_content WHERE ticket_id = ? AND subject_id = ? "
                        + "ORDER BY kind").params(ticket.value(), requester.value()).query(String.class).list())
                .containsExactly("message:Really on fire", "subject:Printer on fire");
        assertThat(jdbc.sql("SELECT body_html FROM pii.ticket_content WHERE content_id = ?").param(message.value())
                .query(String.class).single()).isEqualTo("<p>Really <b>on fire</b></p>");
        assertThatThrownBy(() -> contents.addMessage(message, ticket, requester, MessageBody.fromText("again")))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void storesNoTextUnderAnErasedOrUnknownCustomer() {
        TicketContentStore contents = new TicketContentStore(jdbc);
        TicketId ticket = TicketId.random();
        CustomerId erased = customer(true);
        assertThat(codeOf(() -> contents.addSubject(ticket, erased, "s"))).isEqualTo(ErrorCode.CUSTOMER_ERASED);
        assertThat(codeOf(() -> contents.addMessage(MessageId.random(), ticket, erased, MessageBody.fromText("b"))))
                .isEqualTo(ErrorCode.CUSTOMER_ERASED);
        assertThat(codeOf(() -> contents.addMessage(MessageId.random(), ticket, CustomerId.random(),
                MessageBody.fromText("b"))))
                .isEqualTo(ErrorCode.UNKNOWN_CUSTOMER);
        assertThat(jdbc.sql("SELECT count(*) FROM pii.ticket_content WHERE ticket_id = ?").param(ticket.value())
                .query(Long.class).single()).isZero();
    }

    @Test
    void handsOutIncreasingTicketNumbersFromTheSequence() {
        TicketNumberSequence numbers = new TicketNumberSequence(jdbc);
        long first = numbers.next();
        assertThat(first).isGreaterThanOrEqualTo(1001L);
        assertThat(numbers.next()).isEqualTo(first + 1);
    }

    @Test
    void keepsTheFirstRequestOfAnIdempotencyKeyAndReleasesOnlyItsOwn() {
        IdempotencyKeys keys = new IdempotencyKeys(jdbc);
        UUID resource = UUID.randomUUID();
        assertThat(keys.claim("tickets", "k-1", "hash-a", resource))
                .isEqualTo(new IdempotencyKeys.StoredKey("hash-a", resource));
        assertThat(keys.claim("tickets", "k-1", "hash-b", UUID.randomUUID()))
                .isEqualTo(new IdempotencyKeys.StoredKey("hash-a", resource));
        assertThat(keys.claim("other-scope", "k-1", "hash-b", resource).requestHash()).isEqualTo("hash-b");

        keys.release("tickets", "k-1", "hash-b");
        assertThat(keys.claim("tickets", "k-1", "hash-c", resource).requestHash()).isEqualTo("hash-a");
        keys.release("tickets", "k-1", "hash-a");
        assertThat(keys.claim("tickets", "k-1", "hash-c", resource).requestHash()).isEqualTo("hash-c");
    }

    /** A customer row as registration and erasure leave it. */
    private static CustomerId customer(boolean erased) {
        CustomerId id = CustomerId.random();
        jdbc.sql("INSERT INTO pii.customer (id, name, email, erased_at) VALUES (?, ?, ?, ?)")
                .params(id.value(), erased ? null : "Ada", erased ? null : id + "@example.com",
                        erased ? Timestamp.from(Instant.now()) : null)
                .update();
        return id;
    }

    private static ErrorCode codeOf(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            return e.errorCode();
        }
        throw new AssertionError("expected a DomainException");
    }
}
