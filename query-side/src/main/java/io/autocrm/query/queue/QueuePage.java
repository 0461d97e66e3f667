package io.autocrm.query.queue;

import java.util.List;

/** One page of the queue; {@code nextCursor} is null on the last page. */
public record QueuePage(List<QueueItem> items, String nextCursor) {

    public QueuePage {
        items = List.copyOf(items);
    }
}
