package io.autocrm.query.queue;

import io.autocrm.events.common.DomainException;
import io.autocrm.query.support.Viewer;
import org.springframework.util.MultiValueMap;

/**
 * The queue's parameter checks for those that keep queue queries for later (saved views): the same parser the queue
 * endpoints use, so what passes here always runs there.
 */
public final class QueueQueries {

    private QueueQueries() {
    }

    /**
     * Checks the queue's filter parameters (no sort, cursor or limit).
     *
     * @throws DomainException VALIDATION_FAILED naming the first bad parameter
     */
    public static void checkFilters(MultiValueMap<String, String> filters) {
        QueueParams.forCount(filters, Viewer.STAFF);
    }

    /**
     * Checks a queue sort such as {@code -updatedAt}.
     *
     * @throws DomainException VALIDATION_FAILED when it is none of the queue's sorts
     */
    public static void checkSort(String sort) {
        QueueSort.parse(sort);
    }
}
