package io.autocrm.query.queue;

/**
 * Finds one page of the ticket queue. Also the subscription query of the live stream, whose updates are
 * the current {@link QueueItem} of every ticket that changed; each stream sorts out, with {@link #filter()}, which
 * are news and which are tickets leaving its view.
 *
 * @param cursor opaque cursor from a previous page's {@code nextCursor}, or null for the first page
 * @param limit  page size, 1 to 100
 */
public record FindTicketQueueQuery(QueueFilter filter, QueueSort sort, String cursor, int limit) {

    public static final int DEFAULT_LIMIT = 25;
    public static final int MAX_LIMIT = 100;
}
