package io.autocrm.query.queue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The queue-row changes of one batch of events, in event order per ticket, and their fold onto the rows as they stand
 * in the database: a creation applies only where the row is missing, a change only where the row is older than it
 * (the same guards as the per-event {@code INSERT … ON CONFLICT DO NOTHING} and {@code UPDATE … WHERE version < :v}).
 */
final class TicketChanges {

    /**
     * A creation ({@code created} set) or a change ({@code apply} set) stamping the version, and {@code updated_at}
     * unless {@code at} is null (AutoCRM's own SLA records, which are no update of the ticket).
     */
    private record Change(long version, OffsetDateTime at, TicketRow created, Consumer<TicketRow> apply) {
    }

    private final Map<UUID, List<Change>> byTicket = new LinkedHashMap<>();

    void create(TicketRow row) {
        add(row.ticketId, new Change(row.version, row.updatedAt, row, null));
    }

    void change(UUID ticketId, long version, OffsetDateTime at, Consumer<TicketRow> apply) {
        add(ticketId, new Change(version, at, null, apply));
    }

    boolean isEmpty() {
        return byTicket.isEmpty();
    }

    List<UUID> ticketIds() {
        return List.copyOf(byTicket.keySet());
    }

    /** Folds the changes onto {@code current} (the rows that exist, by id); returns the rows that changed. */
    List<TicketRow> foldOnto(Map<UUID, TicketRow> current) {
        List<TicketRow> changed = new ArrayList<>();
        byTicket.forEach((id, changes) -> {
            TicketRow row = current.get(id);
            boolean dirty = false;
            for (Change change : changes) {
                if (change.created() != null) {
                    if (row == null) {
                        row = change.created();
                        dirty = true;
                    }
                } else if (row != null && row.version < change.version()) {
                    change.apply().accept(row);
                    if (change.at() != null) {
                        row.updatedAt = change.at();
                    }
                    row.version = change.version();
                    dirty = true;
                }
            }
            if (dirty) {
                changed.add(row);
            }
        });
        return changed;
    }

    private void add(UUID ticketId, Change change) {
        byTicket.computeIfAbsent(ticketId, id -> new ArrayList<>()).add(change);
    }
}
