package io.autocrm.identity.apikey;

import io.autocrm.identity.apikey.TokenBucket.Decision;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One {@link TokenBucket} per API key, in this node's memory. With N nodes behind a load balancer a key may make up
 * to N times its limit; the limit protects each node, it is not a global quota. Buckets that have refilled
 * completely are forgotten (a new bucket starts full, so nothing changes for the client).
 */
final class RateLimiter {

    private final Map<UUID, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;

    RateLimiter(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** Takes a token from the key's bucket, if it has one; a changed limit starts a new, full bucket. */
    Decision admit(UUID keyId, int perMinute) {
        long now = nanoTime.getAsLong();
        Decision[] decision = new Decision[1];
        buckets.compute(keyId, (id, bucket) -> {
            TokenBucket current = bucket == null || bucket.capacity() != perMinute
                    ? new TokenBucket(perMinute, now) : bucket;
            decision[0] = current.tryTake(now);
            return current;
        });
        return decision[0];
    }

    /** Drops the buckets that are full again; atomic per key with {@link #admit}. */
    void forgetRefilled() {
        long now = nanoTime.getAsLong();
        for (UUID id : buckets.keySet()) {
            buckets.computeIfPresent(id, (key, bucket) -> bucket.isFull(now) ? null : bucket);
        }
    }

    int size() {
        return buckets.size();
    }
}
