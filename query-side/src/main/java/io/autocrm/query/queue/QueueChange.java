package io.autocrm.query.queue;

/**
 * A change of one queue row, as emitted to subscription queries: the row before (null when the ticket was just
 * created) and after. Subscribers whose filter matched only {@code before} learn that the ticket left their queue.
 */
public record QueueChange(QueueItem before, QueueItem after) {
}
