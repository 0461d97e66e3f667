package io.autocrm.command.api;

import static io.autocrm.command.api.ApiClient.postJson;
import static io.autocrm.command.api.ApiClient.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.autocrm.command.customer.EraseCustomerCommand;
import io.autocrm.command.testing.HeldTransaction;
import io.autocrm.command.testing.LockWaits;
import io.autocrm.command.ticket.AddPublicReplyCommand;
import io.autocrm.command.web.CommandDispatcher;
import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.TicketId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.web.SpringJUnitWebConfig;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.context.WebApplicationContext;

/**
 * A reply and an erasure of the ticket's requester racing on PostgreSQL: whichever comes first, no text is left
 * under the erased customer. The first command's transaction is held open while the second runs into its lock.
 */
@SpringJUnitWebConfig(CommandSideTestApplication.class)
class ErasureRaceTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CommandDispatcher commands;
    @Autowired
    PlatformTransactionManager transactions;
    CustomerId customer;
    TicketId ticket;

    @BeforeEach
    void ticketOfACustomer() {
        ApiClient api = new ApiClient(MockMvcBuilders.webAppContextSetup(context).build());
        customer = CustomerId.of(api.customer());
        ticket = TicketId.of(read(api.perform(postJson("/api/v1/tickets", """
                {"subject": "s", "description": "d", "requesterId": "%s"}""".formatted(customer))), "$.id"));
    }

    @Test
    void anErasureWaitsForAReplyInFlightAndDeletesItToo() throws Exception {
        try (HeldTransaction reply = HeldTransaction.open(transactions, () -> commands.send(reply()))) {
            CompletableFuture<Object> erasure = CompletableFuture.supplyAsync(
                    () -> commands.send(new EraseCustomerCommand(customer)));
            LockWaits.awaitBlockedOrDone(jdbc, erasure);
            reply.commit();
            erasure.get(30, TimeUnit.SECONDS);
        }
        assertThat(textsOfTheCustomer()).isZero();
    }

    @Test
    void aReplyThatMeetsAnErasureInFlightWaitsForItAndIsRefused() throws Exception {
        CompletableFuture<Object> reply;
        try (HeldTransaction erasure = HeldTransaction.open(transactions,
                () -> commands.send(new EraseCustomerCommand(customer)))) {
            reply = CompletableFuture.supplyAsync(() -> commands.send(reply()));
            LockWaits.awaitBlockedOrDone(jdbc, reply);
            erasure.commit();
        }
        assertThatThrownBy(() -> reply.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.CUSTOMER_ERASED));
        assertThat(textsOfTheCustomer()).isZero();
    }

    private AddPublicReplyCommand reply() {
        return new AddPublicReplyCommand(ticket, null, MessageId.random(), null, "Quoting the customer");
    }

    private long textsOfTheCustomer() {
        return jdbc.sql("SELECT count(*) FROM pii.ticket_content WHERE subject_id = ?").param(customer.value())
                .query(Long.class).single();
    }
}
