package io.autocrm.query.queue;

/**
 * Finds one page of the ticket queue. Also the subscription query of the live stream, whose updates are
 * {@link QueueChange}s of rows matching {@link #filter()}.
 *
 * @param cursor opaque cursor from a previous page's {@code nextCursor}, or null for the first page
 * @param limit  page size, 1 to 100
 */
public record FindTicketQueueQuery(QueueFilter filter, QueueSort sort, String cursor, int limit) {

    public static final int DEFAULT_LIMIT = 25;
    public static final int MAX_LIMIT = 100;
}
