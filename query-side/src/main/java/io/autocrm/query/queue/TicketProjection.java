package io.autocrm.query.queue;

import io.autocrm.events.common.TicketId;
import io.autocrm.events.ticket.CustomerMessageAddedEvent;
import io.autocrm.events.ticket.InternalNoteAddedEvent;
import io.autocrm.events.ticket.PublicReplyAddedEvent;
import io.autocrm.events.ticket.TicketAssignedEvent;
import io.autocrm.events.ticket.TicketCreatedEvent;
import io.autocrm.events.ticket.TicketCustomFieldChangedEvent;
import io.autocrm.events.ticket.TicketPriorityChangedEvent;
import io.autocrm.events.ticket.TicketStatusChangedEvent;
import io.autocrm.events.ticket.TicketTaggedEvent;
import io.autocrm.events.ticket.TicketTeamAssignedEvent;
import io.autocrm.events.ticket.TicketTeamUnassignedEvent;
import io.autocrm.events.ticket.TicketTypeChangedEvent;
import io.autocrm.events.ticket.TicketUnassignedEvent;
import io.autocrm.events.ticket.TicketUntaggedEvent;
import io.autocrm.query.support.Json;
import io.autocrm.query.support.ProcessingGroups;
import java.time.Instant;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Projects ticket events into {@code read_model.ticket}. Shares the {@value ProcessingGroups#TICKETS} processing
 * group with the conversation projection, so a ticket's row and its messages commit together. Version = sequence
 * number + 1.
 */
@Component
@ProcessingGroup(ProcessingGroups.TICKETS)
class TicketProjection {

    private static final String SOLVED_AT = "solved_at = CASE WHEN :category = 'solved' AND status_category <> 'solved'"
            + " THEN :at WHEN :category IN ('solved', 'closed') THEN solved_at ELSE NULL END";

    private final TicketTable table;
    private final QueueChangeNotifier notifier;

    TicketProjection(TicketTable table, QueueChangeNotifier notifier) {
        this.table = table;
        this.notifier = notifier;
    }

    @EventHandler
    void on(TicketCreatedEvent e, @SequenceNumber Long seq, @Timestamp Instant at) {
        if (table.insert(e, seq + 1, at)) {
            notifier.changed(e.ticketId().value());
        }
    }

    @EventHandler
    void on(TicketStatusChangedEvent e, @SequenceNumber Long seq, @Timestamp Instant at) {
        change(e.ticketId(), seq, at, "status_key = :key, status_category = :category, " + SOLVED_AT,
                Map.of("key", e.status().key(), "category", e.status().category().key()));
    }

    @EventHandler
    void on(TicketPriorityChangedEvent e, @SequenceNumber Long seq, @Timestamp Instant at) {
        change(e.ticketId(), seq, at, "priority = :priority, priority_rank = :rank",
                Map.of("priority", e.priority().key(), "rank", PriorityRank.of(e.priority())));
    }

    @EventHandler
    void on(TicketTypeChangedEvent e, @SequenceNumber Long seq, @Timestamp Instant at) {
        change(e.ticketId(), seq, at, "type = :type", Map.of("type", e.type().key()));
    }

    @EventHandler
    void on(TicketAssignedEvent e, @SequenceNumber Long seq, @Timestamp Instant at) {
        change(e.ticketId(), seq, at, "assignee_id = :assignee", Map.of("assignee", e.assigneeId().value()));
    }

    @EventHandler
    void on(TicketUnassignedEvent e, @SequenceNumber Long seq, @Timestamp Instant at) {
        change(e.ticketId(), seq, at, "assignee_id = NULL", Map.of());
    }

    @EventHandler
    void on(TicketTeamAssignedEvent e, @SequenceNumber Long seq, @Timestamp Instant at) {
        change(e.ticketId(), seq, at, "team_id = :team", Map.of("team", e.teamId().value()));
    }

    @EventHandler
    void on(TicketTeamUnassignedEvent e, @SequenceNumber Long seq, @Timestamp Instant at) {
        change(e.ticketId(), seq, at, "team_id = NULL", Map.of());
    }

    @EventHandler
    void on(TicketTaggedEvent e, @SequenceNumber Long seq, @Timestamp Instant at) {
        change(e.ticketId(), seq, at, "tags = " + TicketTable.sortedTags("tags || CAST(:tags AS text[])"),
                Map.of("tags", e.tags().toArray(String[]::new)));
    }

    @EventHandler
    void on(TicketUntaggedEvent e, @SequenceNumber Long seq, @Timestamp Instant at) {
        change(e.ticketId(), seq, at, "tags = ARRAY(SELECT u.x FROM unnest(tags) AS u(x) WHERE u.x <> ALL (CAST(:tags"
                + " AS text[])) ORDER BY u.x COLLATE \"C\")", Map.of("tags", e.tags().toArray(String[]::new)));
    }

    @EventHandler
    void on(TicketCustomFieldChangedEvent e, @SequenceNumber Long seq, @Timestamp Instant at) {
        String set = e.values().isEmpty() ? "custom_fields = custom_fields - CAST(:key AS text)"
                : "custom_fields = custom_fields || jsonb_build_object(CAST(:key AS text), CAST(:values AS jsonb))";
        change(e.ticketId(), seq, at, set, Map.of("key", e.fieldKey(), "values", Json.write(e.values())));
    }

    @EventHandler
    void on(PublicReplyAddedEvent e, @SequenceNumber Long seq, @Timestamp Instant at) {
        change(e.ticketId(), seq, at, "message_count = message_count + 1, "
                + "first_response_at = COALESCE(first_response_at, :at)", Map.of());
    }

    @EventHandler
    void on(CustomerMessageAddedEvent e, @SequenceNumber Long seq, @Timestamp Instant at) {
        change(e.ticketId(), seq, at, "message_count = message_count + 1", Map.of());
    }

    /** Internal notes are not counted (customers must not learn of them), but they do update the ticket. */
    @EventHandler
    void on(InternalNoteAddedEvent e, @SequenceNumber Long seq, @Timestamp Instant at) {
        change(e.ticketId(), seq, at, "", Map.of());
    }

    private void change(TicketId id, Long seq, Instant at, String assignments, Map<String, ?> params) {
        if (table.update(id.value(), seq + 1, at, assignments, params)) {
            notifier.changed(id.value());
        }
    }
}
