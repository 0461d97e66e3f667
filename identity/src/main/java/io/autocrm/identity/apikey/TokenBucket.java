package io.autocrm.identity.apikey;

import java.util.concurrent.TimeUnit;

/**
 * A token bucket holding at most {@code perMinute} tokens, refilled continuously at {@code perMinute} tokens a
 * minute: a full bucket allows a burst of {@code perMinute} requests, then one request every {@code 60 / perMinute}
 * seconds. Time is given in nanoseconds ({@link System#nanoTime()}). Thread-safe.
 */
final class TokenBucket {

    private static final double NANOS_PER_MINUTE = TimeUnit.MINUTES.toNanos(1);
    private static final double NANOS_PER_SECOND = TimeUnit.SECONDS.toNanos(1);

    private final int capacity;
    private final double nanosPerToken;
    private double tokens;
    private long refilledAt;

    TokenBucket(int perMinute, long now) {
        if (perMinute <= 0) {
            throw new IllegalArgumentException("a rate limit is positive");
        }
        this.capacity = perMinute;
        this.nanosPerToken = NANOS_PER_MINUTE / perMinute;
        this.tokens = perMinute;
        this.refilledAt = now;
    }

    /**
     * What the limiter tells the client.
     *
     * @param allowed    whether the request may proceed
     * @param limit      the bucket's capacity (requests per minute)
     * @param remaining  whole tokens left after this request
     * @param reset      seconds until the bucket is full again
     * @param retryAfter seconds until the next request would be allowed (at least 1); 0 when allowed
     */
    record Decision(boolean allowed, int limit, int remaining, long reset, long retryAfter) {
    }

    int capacity() {
        return capacity;
    }

    synchronized Decision tryTake(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return new Decision(true, capacity, (int) tokens, secondsUntil(capacity), 0);
        }
        return new Decision(false, capacity, 0, secondsUntil(capacity), Math.max(1, secondsUntil(1)));
    }

    synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        long elapsed = now - refilledAt;
        if (elapsed > 0) {
            tokens = Math.min(capacity, tokens + elapsed / nanosPerToken);
            refilledAt = now;
        }
    }

    private long secondsUntil(double level) {
        double missing = level - tokens;
        return missing <= 0 ? 0 : (long) Math.ceil(missing * nanosPerToken / NANOS_PER_SECOND);
    }
}
