package io.autocrm.query.queue;

import io.autocrm.events.ticket.Priority;

/** The sortable rank of a priority: low 0, normal 1, high 2, urgent 3. */
final class PriorityRank {

    private PriorityRank() {
    }

    static int of(Priority priority) {
        return priority.ordinal();
    }

    static int of(String priorityKey) {
        return Priority.fromKey(priorityKey).ordinal();
    }
}
