package io.autocrm.query.queue;

/**
 * Finds one page of the ticket queue. Also the subscription query of the live stream, whose updates are
 * the current {@link QueueItem} of every ticket that changed; each stream sorts out, with {@link #filter()}, which
 * are news and which are tickets leaving its view.
 *
 * @param cursor where the previous page ended (its {@code nextCursor}, decoded and checked against {@code sort}), or
 *               null for the first page; the live stream's query has none
 * @param limit  page size, 1 to 100
 */
public record FindTicketQueueQuery(QueueFilter filter, QueueSort sort, QueueCursor cursor, int limit) {

    public static final int DEFAULT_LIMIT = 25;
    public static final int MAX_LIMIT = 100;
}
