package io.autocrm.query.ticketdetail;

import io.autocrm.access.CurrentCaller;
import io.autocrm.query.testing.ReadModelFixture;
import java.time.Duration;
import javax.sql.DataSource;

/** Builds this package's components for tests in other packages. */
public final class DetailTestSupport {

    private DetailTestSupport() {
    }

    /** {@code GET /api/v1/tickets/{id}} reading as {@code caller}, on the fixture's read model and event store. */
    public static Object detailController(ReadModelFixture db, CurrentCaller caller) {
        return TicketDetailTest.controller(db, Duration.ofSeconds(1), caller);
    }

    public static Object messageProjection(DataSource dataSource) {
        return new MessageProjection(dataSource);
    }

    public static Object linkProjection(DataSource dataSource) {
        return new TicketLinkProjection(dataSource);
    }
}
