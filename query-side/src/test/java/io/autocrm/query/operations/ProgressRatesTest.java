package io.autocrm.query.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The rate and time left the console's progress bar shows during a rebuild. */
class ProgressRatesTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-07T05:00:00Z"));
    private final ProgressRates rates = new ProgressRates(now::get);

    private void later(int millis) {
        now.set(now.get().plus(Duration.ofMillis(millis)));
    }

    @Test
    void knowsNoRateUntilASecondHasPassed() {
        assertThat(rates.record("tickets", 0L)).isNull();
        later(500);
        assertThat(rates.record("tickets", 400L)).isNull();
        later(1_500);
        assertThat(rates.record("tickets", 2_000L)).isCloseTo(1_000.0, within(0.001));
    }

    @Test
    void measuresOverTheLastHalfMinuteOnly() {
        rates.record("tickets", 0L);
        later(60_000);
        rates.record("tickets", 60L);
        later(10_000);
        // The first sample is older than the window: the rate is over the last 10 s (5000 events), not 70 s.
        assertThat(rates.record("tickets", 5_060L)).isCloseTo(500.0, within(0.001));
    }

    @Test
    void startsAfreshWhenThePositionGoesBackOrIsUnknown() {
        rates.record("tickets", 9_000L);
        later(2_000);
        rates.record("tickets", 10_000L);
        later(2_000);
        assertThat(rates.record("tickets", 10L)).as("a rebuild began").isNull();
        later(1_000);
        assertThat(rates.record("tickets", 310L)).isCloseTo(300.0, within(0.001));
        assertThat(rates.record("tickets", null)).isNull();
        later(1_000);
        assertThat(rates.record("tickets", 500L)).isNull();
    }

    @Test
    void keepsEachProcessorApart() {
        rates.record("tickets", 0L);
        rates.record("audit", 0L);
        later(2_000);
        assertThat(rates.record("tickets", 200L)).isCloseTo(100.0, within(0.001));
        assertThat(rates.record("audit", 20L)).isCloseTo(10.0, within(0.001));
    }

    @Test
    void derivesLagAndTimeLeftFromTheRate() {
        ProcessorProgress replaying = ProcessorProgress.of("tickets", true, true, false, 4_000L, 10_000L, 1, 1_000.0);
        assertThat(replaying.lag()).isEqualTo(6_000);
        assertThat(replaying.secondsLeft()).isEqualTo(6);
        ProcessorProgress unknown = ProcessorProgress.of("tickets", true, true, false, null, 10_000L, 0, null);
        assertThat(unknown.lag()).isEqualTo(10_000);
        assertThat(unknown.secondsLeft()).isNull();
        ProcessorProgress stalled = ProcessorProgress.of("tickets", true, false, false, 9_000L, 10_000L, 1, 0.0);
        assertThat(stalled.secondsLeft()).isNull();
        ProcessorProgress done = ProcessorProgress.of("tickets", true, false, true, 10_000L, 10_000L, 1, 0.0);
        assertThat(done.lag()).isZero();
        assertThat(done.secondsLeft()).isZero();
        assertThat(done.upToDate()).isTrue();
    }
}
