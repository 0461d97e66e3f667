package io.autocrm.command.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.Future;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Lets a race test order two transactions: waits until one of them is blocked on the other's row lock. */
public final class LockWaits {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private LockWaits() {
    }

    /**
     * Waits until a session of this database waits for a lock, or {@code task} finished (it did not block).
     *
     * @throws org.awaitility.core.ConditionTimeoutException when neither happens within 30 s
     */
    public static void awaitBlockedOrDone(JdbcClient jdbc, Future<?> task) {
        await("the task finished or waited for a lock").atMost(PATIENCE).pollInterval(Duration.ofMillis(5))
                .until(() -> task.isDone() || someoneWaitsForALock(jdbc));
    }

    private static boolean someoneWaitsForALock(JdbcClient jdbc) {
        return jdbc.sql("""
                SELECT count(*) FROM pg_stat_activity
                WHERE datname = current_database() AND wait_event_type = 'Lock'""").query(Long.class).single() > 0;
    }
}
