package io.autocrm.app.drills;

import static org.assertj.core.api.Assertions.assertThat;

import io.autocrm.testsupport.TestPostgres;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drill: the application process is killed with SIGKILL in the middle of a write load. After a restart on the same
 * database, every write that was acknowledged is in the event store and in the read models, and the read models equal
 * a fresh rebuild from the event store.
 */
class AppKillDrillTest {

    private static final Logger log = LoggerFactory.getLogger(AppKillDrillTest.class);
    private static final int WRITERS = 4;

    @Test
    void losesNoAcknowledgedWriteWhenKilledMidLoad() throws Exception {
        DrillDatabase db = new DrillDatabase(TestPostgres.freshDatabase());
        AppProcess first = AppProcess.start("kill-drill-before", db.url());
        WriteLoad load = WriteLoad.start(first.api(), WRITERS, false);
        int exitCode;
        try {
            load.awaitMoreAcknowledged(150, Duration.ofSeconds(90));
            exitCode = first.kill();
        } finally {
            load.close();
            first.close();
        }
        assertThat(exitCode).as("exit code of a process killed by signal 9").isEqualTo(128 + 9);
        Ledger ledger = load.ledger();
        log.info("Kill drill: SIGKILL (exit {}) after {}; requests without an answer: {}", exitCode, ledger,
                load.failuresByStatus());

        long restartStart = System.nanoTime();
        try (AppProcess second = AppProcess.start("kill-drill-after", db.url())) {
            Duration restart = Duration.ofNanos(System.nanoTime() - restartStart);
            Duration catchUp = ReadModelCheck.awaitCaughtUp(second.api(), db, Duration.ofSeconds(120));
            AcknowledgedWrites.assertInEventStore(ledger, db);
            AcknowledgedWrites.assertInReadModels(ledger, second.api());
            long storedTickets = db.ticketIds().size();
            int rows = ReadModelCheck.assertEqualToRebuild(second.api(), db);
            log.info("Kill drill: restart healthy in {} ms, read models caught up {} ms later; {} tickets stored "
                    + "({} acknowledged); {} read-model rows equal to a full rebuild", restart.toMillis(),
                    catchUp.toMillis(), storedTickets, ledger.tickets().size(), rows);
        }
    }
}
