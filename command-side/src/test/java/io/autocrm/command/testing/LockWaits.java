package io.autocrm.command.testing;

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
     * @throws AssertionError when neither happens within 30 s
     */
    public static void awaitBlockedOrDone(JdbcClient jdbc, Future<?> task) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!task.isDone() && !someoneWaitsForALock(jdbc)) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("the task neither finished nor waited for a lock");
            }
            Thread.sleep(5);
        }
    }

    private static boolean someoneWaitsForALock(JdbcClient jdbc) {
        return jdbc.sql("""
                SELECT count(*) FROM pg_stat_activity
                WHERE datname = current_database() AND wait_event_type = 'Lock'""").query(Long.class).single() > 0;
    }
}
