package io.autocrm.query.operations;

import java.util.OptionalLong;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;

/**
 * How far one event processor has come.
 *
 * @param position the lowest position over its segments (null before it has claimed any)
 * @param head the global index of the newest event in the store
 */
public record ProcessorProgress(String name, boolean running, boolean replaying, boolean caughtUp, Long position,
        long head, int segments) {

    static ProcessorProgress of(StreamingEventProcessor processor, long head) {
        var statuses = processor.processingStatus().values();
        boolean caughtUp = !statuses.isEmpty() && statuses.stream().allMatch(EventTrackerStatus::isCaughtUp);
        OptionalLong position = statuses.stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .filter(OptionalLong::isPresent)
                .mapToLong(OptionalLong::getAsLong)
                .min();
        return new ProcessorProgress(processor.getName(), processor.isRunning(), processor.isReplaying(), caughtUp,
                position.isPresent() ? position.getAsLong() : null, head, statuses.size());
    }

    /** True when every segment is caught up and none lags behind the head. */
    public boolean upToDate() {
        return caughtUp && (head == 0 || (position != null && position >= head));
    }
}
