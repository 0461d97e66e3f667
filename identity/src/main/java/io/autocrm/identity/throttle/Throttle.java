package io.autocrm.identity.throttle;

import io.github.bucket4j.BucketExceptions.BucketExecutionException;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimization;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import java.time.Duration;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One kind of limit, kept in its own table: a token bucket per key (an API key, an email address, a client address),
 * shared by every node on the database. Each operation is one short transaction of its own that locks the key's row
 * ({@code SELECT … FOR UPDATE}), so concurrent requests on any node never take more than the limit. Made by
 * {@link Throttles}; a failure to reach the table is a {@link DataAccessResourceFailureException}.
 */
public final class Throttle {

    private final String table;
    private final ProxyManager<String> buckets;
    private final ConcurrentMap<BucketKey, BucketProxy> proxies;
    private final JdbcClient jdbc;

    Throttle(String table, ProxyManager<String> buckets, ConcurrentMap<BucketKey, BucketProxy> proxies,
             JdbcClient jdbc) {
        this.table = table;
        this.buckets = buckets;
        this.proxies = proxies;
        this.jdbc = jdbc;
    }

    /** A key under one limit: a key whose limit changes gets a proxy of its own. */
    record BucketKey(String key, Limit limit) {
    }

    /**
     * What the throttle tells the client.
     *
     * @param allowed    whether the request may proceed
     * @param limit      the bucket's capacity
     * @param remaining  whole units left after this request
     * @param reset      seconds until the allowance is whole again
     * @param retryAfter seconds until the next request would be allowed (at least 1); 0 when allowed
     */
    public record Decision(boolean allowed, int limit, int remaining, long reset, long retryAfter) {
    }

    /** Takes one unit of the key's allowance, if there is one. */
    public Decision take(String key, Limit limit) {
        ConsumptionProbe probe = call(() -> bucket(key, limit).tryConsumeAndReturnRemaining(1));
        return new Decision(probe.isConsumed(), limit.capacity(), (int) Math.max(0, probe.getRemainingTokens()),
                seconds(probe.getNanosToWaitForReset()),
                probe.isConsumed() ? 0 : Math.max(1, seconds(probe.getNanosToWaitForRefill())));
    }

    /** Seconds until the key may take a unit again; 0 when it may now. Reads only; starts no bucket. */
    public long secondsUntilAllowed(String key, Limit limit) {
        if (!started(key)) {
            return 0;
        }
        EstimationProbe probe = call(() -> bucket(key, limit).estimateAbilityToConsume(1));
        return probe.canBeConsumed() ? 0 : Math.max(1, seconds(probe.getNanosToWaitForRefill()));
    }

    /** Forgets the key's bucket, in the caller's transaction when there is one: the key starts afresh. */
    public void forget(String key) {
        jdbc.sql("DELETE FROM " + table + " WHERE id = ?").param(key).update();
    }

    /** Whether the key has a bucket; asking Bucket4j would start an empty one. */
    private boolean started(String key) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM " + table + " WHERE id = ? AND state IS NOT NULL)").param(key)
                .query(Boolean.class).single();
    }

    /**
     * The node's one proxy of the key's bucket. Small limits (under {@value #SYNCHRONISED_BELOW} a period: sign-in
     * attempts, mails, small API keys) stay exact: Bucket4j's batching merges this node's concurrent requests on the
     * key into one round trip to the table (one row lock taken once, not once per request), and no request is let
     * through that the shared bucket would refuse. Larger limits use Bucket4j's delaying optimisation: the node takes
     * up to 1% of the limit locally before it writes them to the shared bucket, and at least once a second, so that a
     * busy API key costs a round trip per hundredth of its allowance instead of one per request; the cluster may then
     * let through at most 1% of the limit more per node (docs/adr/005).
     */
    private BucketProxy bucket(String key, Limit limit) {
        return proxies.computeIfAbsent(new BucketKey(key, limit), k -> buckets.builder()
                .withOptimization(optimisation(limit)).build(key, limit::configuration));
    }

    /** Limits from this capacity on are synchronised in batches of 1%. */
    static final int SYNCHRONISED_BELOW = 200;

    static Optimization optimisation(Limit limit) {
        if (limit.capacity() < SYNCHRONISED_BELOW) {
            return Optimizations.batching();
        }
        return Optimizations.delaying(new DelayParameters(limit.capacity() / 100, Duration.ofSeconds(1)));
    }

    private <T> T call(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (BucketExecutionException e) {
            throw new DataAccessResourceFailureException("The throttle " + table + " cannot be read: "
                    + e.getMessage(), e);
        }
    }

    private static long seconds(long nanos) {
        return (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
    }
}
