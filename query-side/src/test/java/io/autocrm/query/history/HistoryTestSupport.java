package io.autocrm.query.history;

import io.autocrm.access.CurrentCaller;
import io.autocrm.query.web.ActorNames;
import io.autocrm.query.access.CustomerViewRulesReader;
import io.autocrm.query.web.TicketReads;
import io.autocrm.query.web.TicketVisibility;
import io.autocrm.query.testing.ReadModelFixture;
import java.time.Duration;

/** Builds this package's components for tests in other packages. */
public final class HistoryTestSupport {

    private HistoryTestSupport() {
    }

    /** {@code GET /api/v1/tickets/{id}/events} reading as {@code caller}. */
    public static Object eventsController(ReadModelFixture db, CurrentCaller caller) {
        TicketReads reads = db.reads(Duration.ZERO);
        return new EventHistoryController(reads, new TicketVisibility(db.dataSource, reads), caller,
                new ActorNames(db.dataSource), new CustomerViewRulesReader(db.dataSource));
    }
}
