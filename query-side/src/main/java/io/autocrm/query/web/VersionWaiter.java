package io.autocrm.query.web;

import java.time.Duration;
import java.util.function.LongSupplier;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes: waits, bounded by {@link ReadProperties#maxWait()}, until a read model has applied at least the
 * version a client asks for. Polls with short sleeps; the projection commits on its own thread.
 */
@Component
public class VersionWaiter {

    private static final long FIRST_PAUSE_MILLIS = 10;
    private static final long MAX_PAUSE_MILLIS = 100;

    private final Duration maxWait;

    public VersionWaiter(ReadProperties properties) {
        this.maxWait = properties.maxWait();
    }

    /**
     * @param minVersion     the version to wait for
     * @param currentVersion reads the read model's current version (0 when absent)
     * @return whether the read model reached {@code minVersion} in time
     */
    public boolean awaitVersion(long minVersion, LongSupplier currentVersion) {
        long deadline = System.nanoTime() + maxWait.toNanos();
        long pause = FIRST_PAUSE_MILLIS;
        while (currentVersion.getAsLong() < minVersion) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            sleep(Math.min(pause, Math.max(1, left / 1_000_000)));
            pause = Math.min(pause * 2, MAX_PAUSE_MILLIS);
        }
        return true;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the read model", e);
        }
    }
}
