package io.autocrm.query.history;

import io.autocrm.access.CurrentCaller;
import io.autocrm.query.support.ActorNames;
import io.autocrm.query.support.CustomerViewRulesReader;
import io.autocrm.query.support.TicketReads;
import io.autocrm.query.support.TicketVisibility;
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
