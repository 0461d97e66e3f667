package io.autocrm.app.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the seeder moves forward by hand, so demo events carry a plausible past instead of one second of "now". */
final class SeedClock extends Clock {

    private Instant now;

    SeedClock(Instant start) {
        this.now = start;
    }

    void set(Instant instant) {
        this.now = instant;
    }

    /** Moves forward, but never past the real present: demo history must not happen in the future. */
    void advance(Duration duration) {
        Instant next = now.plus(duration);
        Instant present = Instant.now().minusSeconds(60);
        now = next.isAfter(present) ? present : next;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
