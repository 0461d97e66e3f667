package io.autocrm.query.operations;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * How fast each processor moves, from the positions seen over the last half minute: every progress read records a
 * sample, so the rate is as fresh as the polling. A position that went back (a rebuild started) starts afresh. Kept
 * per node, in memory; a node that has seen fewer than two samples a second apart knows no rate yet.
 */
final class ProgressRates {

    static final Duration WINDOW = Duration.ofSeconds(30);
    private static final int MAX_SAMPLES = 120;

    private final Supplier<Instant> clock;
    private final Map<String, Deque<Sample>> samples = new HashMap<>();

    ProgressRates(Supplier<Instant> clock) {
        this.clock = clock;
    }

    /** Records where a processor is now; answers its events per second over the window, or null when unknown. */
    synchronized Double record(String processor, Long position) {
        if (position == null) {
            samples.remove(processor);
            return null;
        }
        Instant now = clock.get();
        Deque<Sample> seen = samples.computeIfAbsent(processor, name -> new ArrayDeque<>());
        if (!seen.isEmpty() && seen.peekLast().position() > position) {
            seen.clear();
        }
        seen.addLast(new Sample(now, position));
        while (seen.size() > MAX_SAMPLES || (seen.size() > 2 && seen.peekFirst().at().isBefore(now.minus(WINDOW)))) {
            seen.removeFirst();
        }
        Sample first = seen.peekFirst();
        double seconds = Duration.between(first.at(), now).toMillis() / 1000.0;
        return seconds < 1 ? null : (position - first.position()) / seconds;
    }

    private record Sample(Instant at, long position) {
    }
}
