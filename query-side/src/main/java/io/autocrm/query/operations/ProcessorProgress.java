package io.autocrm.query.operations;

import java.util.OptionalLong;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;

/**
 * How far one event processor has come.
 *
 * @param position the lowest position over its segments (null before it has claimed any)
 * @param head the global index of the newest event in the store
 * @param lag how many positions the processor is behind the head (the head itself before it has claimed any)
 * @param eventsPerSecond how fast it has moved over the last half minute, as this node saw it (null: not known yet)
 * @param secondsLeft at that rate, how long until it reaches the head (0 when up to date; null: not known)
 */
public record ProcessorProgress(String name, boolean running, boolean replaying, boolean caughtUp, Long position,
        long head, int segments, long lag, Double eventsPerSecond, Long secondsLeft) {

    static ProcessorProgress of(StreamingEventProcessor processor, long head) {
        var statuses = processor.processingStatus().values();
        boolean caughtUp = !statuses.isEmpty() && statuses.stream().allMatch(EventTrackerStatus::isCaughtUp);
        OptionalLong position = statuses.stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .filter(OptionalLong::isPresent)
                .mapToLong(OptionalLong::getAsLong)
                .min();
        Long at = position.isPresent() ? position.getAsLong() : null;
        return of(processor.getName(), processor.isRunning(), processor.isReplaying(), caughtUp, at, head,
                statuses.size(), null);
    }

    /** The progress with its lag, and the time left at {@code eventsPerSecond} (null when not known). */
    static ProcessorProgress of(String name, boolean running, boolean replaying, boolean caughtUp, Long position,
            long head, int segments, Double eventsPerSecond) {
        long lag = Math.max(0, head - (position == null ? 0 : position));
        boolean upToDate = caughtUp && (head == 0 || (position != null && position >= head));
        Long secondsLeft = upToDate ? Long.valueOf(0)
                : eventsPerSecond == null || eventsPerSecond <= 0 ? null : (long) Math.ceil(lag / eventsPerSecond);
        return new ProcessorProgress(name, running, replaying, caughtUp, position, head, segments, lag,
                eventsPerSecond, secondsLeft);
    }

    /** The same progress at a measured rate. */
    ProcessorProgress at(Double rate) {
        return of(name, running, replaying, caughtUp, position, head, segments, rate);
    }

    /** True when every segment is caught up and none lags behind the head. */
    public boolean upToDate() {
        return caughtUp && (head == 0 || (position != null && position >= head));
    }
}
