package io.autocrm.identity.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicLong clock = new AtomicLong();
    private final RateLimiter limiter = new RateLimiter(clock::get);

    @Test
    void keepsOneAllowancePerKey() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        assertThat(limiter.admit(first, 1).allowed()).isTrue();
        assertThat(limiter.admit(first, 1).allowed()).isFalse();
        assertThat(limiter.admit(second, 1).allowed()).isTrue();
    }

    @Test
    void startsAFullBucketWhenTheLimitChanges() {
        UUID key = UUID.randomUUID();
        limiter.admit(key, 1);
        assertThat(limiter.admit(key, 1).allowed()).isFalse();
        assertThat(limiter.admit(key, 2).remaining()).isEqualTo(1);
    }

    @Test
    void forgetsOnlyBucketsThatHaveRefilled() {
        UUID busy = UUID.randomUUID();
        UUID idle = UUID.randomUUID();
        limiter.admit(idle, 60);
        clock.addAndGet(TimeUnit.SECONDS.toNanos(2));
        limiter.admit(busy, 60);
        limiter.admit(busy, 60);
        limiter.forgetRefilled();
        assertThat(limiter.size()).isEqualTo(1);
        assertThat(limiter.admit(busy, 60).remaining()).isEqualTo(57);
    }

    @Test
    void admitsExactlyTheLimitUnderConcurrentRequests() throws InterruptedException {
        UUID key = UUID.randomUUID();
        AtomicInteger allowed = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(16)) {
            for (int i = 0; i < 2000; i++) {
                threads.execute(() -> {
                    awaitQuietly(start);
                    if (limiter.admit(key, 500).allowed()) {
                        allowed.incrementAndGet();
                    }
                });
            }
            start.countDown();
        }
        assertThat(allowed).hasValue(500);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
