package io.autocrm.query.queue;

import io.autocrm.query.web.Params;
import java.util.Map;

/**
 * The queue's order: one of {@code updatedAt}, {@code createdAt}, {@code priority}, {@code number}, ascending or, with
 * a {@code -} prefix, descending. Ties break on the ticket id in the same direction, which keyset paging relies on.
 */
public record QueueSort(String field, boolean descending) {

    private static final Map<String, String> COLUMNS = Map.of(
            "updatedAt", "updated_at", "createdAt", "created_at", "priority", "priority_rank", "number", "number",
            "slaDueAt", "sla_due_at");

    /** The default order: most recently updated first. */
    public static final QueueSort DEFAULT = new QueueSort("updatedAt", true);

    public QueueSort {
        if (!COLUMNS.containsKey(field)) {
            throw Params.invalid("Parameter 'sort' must be one of updatedAt, createdAt, priority, number, slaDueAt, "
                    + "optionally prefixed with '-' for descending; got '" + Params.shorten(field) + "'.");
        }
    }

    /** Parses {@code updatedAt} or {@code -updatedAt}; null or blank gives {@link #DEFAULT}. */
    public static QueueSort parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT;
        }
        String value = raw.trim();
        return value.startsWith("-") ? new QueueSort(value.substring(1), true) : new QueueSort(value, false);
    }

    /** The read_model.ticket column this sort orders by. */
    String column() {
        return COLUMNS.get(field);
    }

    /** Whether the sort value is a point in time (else a whole number). */
    boolean temporal() {
        return field.endsWith("At");
    }

    /** The sort value of a row, as a cursor stores it. */
    String valueOf(QueueItem item) {
        return switch (field) {
            case "updatedAt" -> item.updatedAt().toString();
            case "createdAt" -> item.createdAt().toString();
            case "priority" -> String.valueOf(PriorityRank.of(item.priority()));
            case "slaDueAt" -> (item.sla() == null || item.sla().dueAt() == null ? TicketRow.NO_SLA_DUE.toInstant()
                    : item.sla().dueAt()).toString();
            default -> String.valueOf(item.number());
        };
    }

    @Override
    public String toString() {
        return (descending ? "-" : "") + field;
    }
}
