package io.autocrm.query.testing;

import com.zaxxer.hikari.HikariDataSource;
import io.autocrm.events.common.CustomerId;
import io.autocrm.events.customer.CustomerRegisteredEvent;
import io.autocrm.query.web.ReadProperties;
import io.autocrm.query.web.TicketReads;
import io.autocrm.query.web.VersionWaiter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.GenericDomainEventMessage;

/**
 * A fresh read-model database with Axon's real JDBC event store on it, the projections, and the seeding of
 * personal data and directory rows: what the detail, as-of and audit tests share. Close it after the class.
 */
public final class ReadModelFixture implements AutoCloseable {

    public final HikariDataSource dataSource = ReadModelDatabase.fresh();
    public final TestEventStore events = new TestEventStore(dataSource);
    public final Projections projections = new Projections(dataSource);
    public final Seed seed = new Seed(dataSource);
    private final AtomicLong numbers;

    /** @param firstNumber the ticket number of the first ticket made here (distinct per test class, for readable failures) */
    public ReadModelFixture(long firstNumber) {
        this.numbers = new AtomicLong(firstNumber);
    }

    /** A ticket through every kind of event, with its personal data seeded; not yet stored or projected. */
    public FullTicket newTicket(Instant start) {
        return new FullTicket(seed, start, nextNumber());
    }

    /** A ticket number no ticket of this fixture has. */
    public long nextNumber() {
        return numbers.getAndIncrement();
    }

    /** Stores a customer's registration and returns the customer's id: an event stream that is no ticket's. */
    public String customerStream() {
        CustomerId customer = CustomerId.random();
        events.append(List.of(new GenericDomainEventMessage<>("Customer", customer.toString(), 0,
                new CustomerRegisteredEvent(customer, null))));
        return customer.toString();
    }

    /** Reads of tickets on this fixture's event store, waiting at most {@code maxWait} for a read model. */
    public TicketReads reads(Duration maxWait) {
        return new TicketReads(events.store(), new VersionWaiter(new ReadProperties(maxWait)));
    }

    @Override
    public void close() {
        events.close();
        dataSource.close();
    }
}
