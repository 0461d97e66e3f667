package io.autocrm.identity.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import io.autocrm.identity.throttle.Throttle.Decision;
import io.autocrm.testsupport.TestPostgres;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Throttles on a real PostgreSQL with the real migrations, as every node sees them. */
class ThrottleTest {

    private static final String TABLE = "identity.api_key_throttle";

    private final String database = TestPostgres.freshDatabase();
    private final JdbcClient jdbc = jdbc(database);
    private final Throttle throttle = new Throttles(TestPostgres.dataSource(database)).in(TABLE);

    @Test
    void takesTheLimitThenRefusesWithTheTimeToWait() {
        Limit fivePerMinute = Limit.perMinute(5);
        List<Decision> decisions = java.util.stream.IntStream.range(0, 6)
                .mapToObj(i -> throttle.take("key", fivePerMinute)).toList();

        assertThat(decisions).extracting(Decision::allowed).containsExactly(true, true, true, true, true, false);
        assertThat(decisions).extracting(Decision::remaining).containsExactly(4, 3, 2, 1, 0, 0);
        assertThat(decisions.getFirst().reset()).isEqualTo(12);
        assertThat(decisions.getFirst().retryAfter()).isZero();
        Decision refused = decisions.getLast();
        assertThat(refused.limit()).isEqualTo(5);
        assertThat(refused.retryAfter()).isBetween(1L, 12L);
        assertThat(refused.reset()).isBetween(49L, 60L);
    }

    @Test
    void keepsOneAllowancePerKey() {
        Limit one = Limit.perMinute(1);
        assertThat(throttle.take("first", one).allowed()).isTrue();
        assertThat(throttle.take("first", one).allowed()).isFalse();
        assertThat(throttle.take("second", one).allowed()).isTrue();
    }

    @Test
    void refusesForTheRestOfTheWindowOnceItsCountIsReached() {
        Limit threePerWindow = Limit.perWindow(3, Duration.ofMinutes(15));
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.secondsUntilAllowed("203.0.113.7", threePerWindow)).isZero();
            assertThat(throttle.take("203.0.113.7", threePerWindow).allowed()).isTrue();
        }
        assertThat(throttle.secondsUntilAllowed("203.0.113.7", threePerWindow)).isBetween(14 * 60L, 15 * 60L);
        Decision refused = throttle.take("203.0.113.7", threePerWindow);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isBetween(14 * 60L, 15 * 60L);
    }

    @Test
    void readsWithoutStartingABucket() {
        assertThat(throttle.secondsUntilAllowed("never-seen", Limit.perMinute(1))).isZero();
        assertThat(rows()).isZero();
    }

    @Test
    void forgetsAKeyWhichThenStartsAfresh() {
        Limit one = Limit.perMinute(1);
        throttle.take("forgotten", one);
        throttle.take("kept", one);

        throttle.forget("forgotten");

        assertThat(throttle.take("forgotten", one).allowed()).isTrue();
        assertThat(throttle.take("kept", one).allowed()).isFalse();
    }

    @Test
    void removesBucketsOnlyOnceTheyHaveExpired() {
        Throttles throttles = new Throttles(TestPostgres.dataSource(database));
        Throttle own = throttles.in(TABLE);
        own.take("expired", Limit.perMinute(10));
        own.take("fresh", Limit.perMinute(10));
        jdbc.sql("UPDATE " + TABLE + " SET expires_at = 0 WHERE id = 'expired'").update();

        throttles.removeExpired();

        assertThat(jdbc.sql("SELECT id FROM " + TABLE).query(String.class).list()).containsExactly("fresh");
    }

    @Test
    void admitsExactlyTheLimitToConcurrentRequestsOfTwoNodes() throws InterruptedException {
        List<Throttle> nodes = List.of(throttle, new Throttles(TestPostgres.dataSource(database)).in(TABLE));
        String key = UUID.randomUUID().toString();
        AtomicInteger allowed = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 120; i++) {
                Throttle node = nodes.get(i % 2);
                threads.execute(() -> {
                    awaitQuietly(start);
                    if (node.take(key, Limit.perWindow(50, Duration.ofHours(1))).allowed()) {
                        allowed.incrementAndGet();
                    }
                });
            }
            start.countDown();
        }
        assertThat(allowed).hasValue(50);
    }

    @Test
    void synchronisesLargeLimitsInBatchesAndKeepsTheOvershootWithinOnePercentPerNode() throws InterruptedException {
        CountingDataSource first = new CountingDataSource(TestPostgres.dataSource(database));
        Throttle counted = new Throttles(first).in(TABLE);
        Limit large = Limit.perWindow(1000, Duration.ofHours(1));
        for (int i = 0; i < 100; i++) {
            assertThat(counted.take("busy-key", large).allowed()).isTrue();
        }
        assertThat(first.connections.get()).as("round trips for 100 requests in batches of 10").isBetween(1, 20);

        List<Throttle> nodes = List.of(counted, new Throttles(TestPostgres.dataSource(database)).in(TABLE));
        String key = UUID.randomUUID().toString();
        AtomicInteger allowed = new AtomicInteger();
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 1300; i++) {
                Throttle node = nodes.get(i % 2);
                threads.execute(() -> {
                    if (node.take(key, large).allowed()) {
                        allowed.incrementAndGet();
                    }
                });
            }
        }
        assertThat(allowed.get()).as("the limit, give or take 1% per node").isBetween(980, 1020);
        assertThat(Throttle.optimisation(Limit.perMinute(199))).isNotNull();
    }

    /** Counts the connections taken from a real data source: one per round trip of the throttle. */
    static final class CountingDataSource extends org.springframework.jdbc.datasource.DelegatingDataSource {

        final AtomicInteger connections = new AtomicInteger();

        CountingDataSource(javax.sql.DataSource target) {
            super(target);
        }

        @Override
        public java.sql.Connection getConnection() throws java.sql.SQLException {
            connections.incrementAndGet();
            return super.getConnection();
        }
    }

    private long rows() {
        return jdbc.sql("SELECT count(*) FROM " + TABLE).query(Long.class).single();
    }

    private static JdbcClient jdbc(String database) {
        var dataSource = TestPostgres.dataSource(database);
        TestPostgres.migrate(dataSource);
        return JdbcClient.create(dataSource);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
