package io.autocrm.query.testing;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

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
        return new FullTicket(seed, start, numbers.getAndIncrement());
    }

    @Override
    public void close() {
        events.close();
        dataSource.close();
    }
}
