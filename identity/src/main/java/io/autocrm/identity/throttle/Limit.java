package io.autocrm.identity.throttle;

import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;

/**
 * How much a key may do: at most {@code capacity} at once, given back over {@code period}.
 *
 * @param capacity the allowance of a key that did nothing for a whole period
 * @param period   how long the whole allowance takes to come back
 * @param refill   how it comes back
 */
public record Limit(int capacity, Duration period, Refill refill) {

    public Limit {
        if (capacity < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a limit allows at least one request over a positive period");
        }
    }

    /** A burst of {@code capacity}, then one request every {@code 60 / capacity} seconds: API keys. */
    public static Limit perMinute(int capacity) {
        return new Limit(capacity, Duration.ofMinutes(1), Refill.SMOOTHLY);
    }

    /** At most {@code capacity} in a window that starts with the first one: sign-ins, forms, mail. */
    public static Limit perWindow(int capacity, Duration window) {
        return new Limit(capacity, window, Refill.AT_WINDOW_END);
    }

    /** How used allowance comes back. */
    public enum Refill {
        /** Continuously, one unit every {@code period / capacity}. */
        SMOOTHLY,
        /** All at once, a whole period after the bucket was started. */
        AT_WINDOW_END
    }

    BucketConfiguration configuration() {
        return BucketConfiguration.builder().addLimit(limit -> refill == Refill.SMOOTHLY
                ? limit.capacity(capacity).refillGreedy(capacity, period)
                : limit.capacity(capacity).refillIntervally(capacity, period)).build();
    }
}
