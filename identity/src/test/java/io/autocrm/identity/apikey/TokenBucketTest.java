package io.autocrm.identity.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.autocrm.identity.apikey.TokenBucket.Decision;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    @Test
    void allowsABurstOfTheWholeLimitThenRefuses() {
        TokenBucket bucket = new TokenBucket(5, 0);
        for (int i = 4; i >= 0; i--) {
            Decision decision = bucket.tryTake(0);
            assertThat(decision.allowed()).isTrue();
            assertThat(decision.remaining()).isEqualTo(i);
            assertThat(decision.limit()).isEqualTo(5);
        }
        Decision refused = bucket.tryTake(0);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.remaining()).isZero();
        assertThat(refused.retryAfter()).isEqualTo(12);
        assertThat(refused.reset()).isEqualTo(60);
    }

    @Test
    void refillsContinuously() {
        TokenBucket bucket = new TokenBucket(60, 0);
        for (int i = 0; i < 60; i++) {
            bucket.tryTake(0);
        }
        assertThat(bucket.tryTake(SECOND / 2).allowed()).isFalse();
        Decision afterOneSecond = bucket.tryTake(SECOND);
        assertThat(afterOneSecond.allowed()).isTrue();
        assertThat(afterOneSecond.remaining()).isZero();
        assertThat(bucket.tryTake(SECOND).allowed()).isFalse();
    }

    @Test
    void neverHoldsMoreThanItsCapacity() {
        TokenBucket bucket = new TokenBucket(3, 0);
        bucket.tryTake(0);
        Decision muchLater = bucket.tryTake(TimeUnit.HOURS.toNanos(1));
        assertThat(muchLater.remaining()).isEqualTo(2);
        assertThat(bucket.isFull(TimeUnit.HOURS.toNanos(1))).isFalse();
        assertThat(bucket.isFull(TimeUnit.HOURS.toNanos(1) + 20 * SECOND)).isTrue();
    }

    @Test
    void asksForAtLeastOneSecondBeforeRetrying() {
        TokenBucket bucket = new TokenBucket(100_000, 0);
        for (int i = 0; i < 100_000; i++) {
            bucket.tryTake(0);
        }
        Decision refused = bucket.tryTake(0);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(1);
    }

    @Test
    void resetsWhenTheBucketWouldBeFullAgain() {
        TokenBucket bucket = new TokenBucket(6, 0);
        assertThat(bucket.tryTake(0).reset()).isEqualTo(10);
        assertThat(bucket.tryTake(0).reset()).isEqualTo(20);
    }

    @Test
    void refusesANonPositiveLimit() {
        assertThatThrownBy(() -> new TokenBucket(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
