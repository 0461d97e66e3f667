package io.autocrm.query.queue;

import io.autocrm.query.access.Viewer;
import java.util.Objects;

/**
 * Finds one page of the ticket queue. Also the subscription query of the live stream, whose updates are
 * the {@link QueueChange} of every ticket that changed; each stream sorts out, with {@link #filter()} and
 * {@link #viewer()}, which are news and which are tickets leaving its view.
 *
 * @param cursor where the previous page ended (its {@code nextCursor}, decoded and checked against {@code sort}), or
 *               null for the first page; the live stream's query has none
 * @param limit  page size, 1 to 100
 * @param viewer whose queue it is: a customer's holds only the tickets they may see
 */
public record FindTicketQueueQuery(QueueFilter filter, QueueSort sort, QueueCursor cursor, int limit, Viewer viewer) {

    public static final int DEFAULT_LIMIT = 25;
    public static final int MAX_LIMIT = 100;

    public FindTicketQueueQuery {
        Objects.requireNonNull(viewer, "viewer");
    }
}
