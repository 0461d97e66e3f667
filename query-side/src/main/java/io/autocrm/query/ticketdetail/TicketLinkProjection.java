package io.autocrm.query.ticketdetail;

import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.TicketId;
import io.autocrm.events.ticket.MessagesSplitOffEvent;
import io.autocrm.events.ticket.TicketMergeReceivedEvent;
import io.autocrm.events.ticket.TicketMergeUndoneEvent;
import io.autocrm.events.ticket.TicketMergedEvent;
import io.autocrm.events.ticket.TicketSplitFromEvent;
import io.autocrm.events.ticket.TicketUnmergedEvent;
import io.autocrm.query.postgres.BatchWrites;
import io.autocrm.query.postgres.ProcessingGroups;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Projects merges, their undo and splits into {@code read_model.ticket_link} (how tickets point at each other) and
 * {@code read_model.ticket_message_link} (messages a timeline shows from another ticket's history). In the
 * {@value ProcessingGroups#TICKETS} group with the queue row and the conversation, so a detail read sees all three at
 * one version. Writes go out in event order when the batch commits ({@link BatchWrites}); inserts are idempotent.
 */
@Component
@ProcessingGroup(ProcessingGroups.TICKETS)
class TicketLinkProjection {

    private static final String LINK = """
            INSERT INTO read_model.ticket_link (ticket_id, relation, other_ticket_id, other_number, version)
            VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""";
    private static final String UNLINK = """
            DELETE FROM read_model.ticket_link WHERE ticket_id = ? AND relation = ? AND other_ticket_id = ?""";
    private static final String LINK_MESSAGE = """
            INSERT INTO read_model.ticket_message_link (ticket_id, message_id, origin_ticket_id, origin_number,
                relation, version)
            VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""";
    private static final String UNLINK_MESSAGES = """
            DELETE FROM read_model.ticket_message_link WHERE ticket_id = ? AND origin_ticket_id = ?
               AND relation = 'merged'""";

    private final BatchWrites<List<Consumer<JdbcTemplate>>> writes;

    TicketLinkProjection(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        this.writes = new BatchWrites<>("ticket-link", ArrayList::new, ops -> ops.forEach(op -> op.accept(jdbc)));
    }

    @EventHandler
    void on(TicketMergedEvent e, @SequenceNumber Long seq) {
        link(e.ticketId(), "merged-into", e.survivorId(), e.survivorNumber(), seq + 1);
    }

    @EventHandler
    void on(TicketUnmergedEvent e) {
        unlink(e.ticketId(), "merged-into", e.survivorId());
    }

    @EventHandler
    void on(TicketMergeReceivedEvent e, @SequenceNumber Long seq) {
        link(e.ticketId(), "merged-from", e.mergedTicketId(), e.mergedNumber(), seq + 1);
        linkMessages(e.ticketId(), e.messageIds(), e.mergedTicketId(), e.mergedNumber(), "merged", seq + 1);
    }

    @EventHandler
    void on(TicketMergeUndoneEvent e) {
        unlink(e.ticketId(), "merged-from", e.mergedTicketId());
        UUID ticket = e.ticketId().value();
        UUID merged = e.mergedTicketId().value();
        writes.add(ops -> ops.add(jdbc -> jdbc.update(UNLINK_MESSAGES, ticket, merged)));
    }

    @EventHandler
    void on(MessagesSplitOffEvent e, @SequenceNumber Long seq) {
        link(e.ticketId(), "split-into", e.newTicketId(), e.newNumber(), seq + 1);
    }

    @EventHandler
    void on(TicketSplitFromEvent e, @SequenceNumber Long seq) {
        link(e.ticketId(), "split-from", e.sourceTicketId(), e.sourceNumber(), seq + 1);
        linkMessages(e.ticketId(), e.messageIds(), e.sourceTicketId(), e.sourceNumber(), "split", seq + 1);
    }

    private void link(TicketId ticket, String relation, TicketId other, long otherNumber, long version) {
        UUID id = ticket.value();
        UUID otherId = other.value();
        writes.add(ops -> ops.add(jdbc -> jdbc.update(LINK, id, relation, otherId, otherNumber, version)));
    }

    private void unlink(TicketId ticket, String relation, TicketId other) {
        UUID id = ticket.value();
        UUID otherId = other.value();
        writes.add(ops -> ops.add(jdbc -> jdbc.update(UNLINK, id, relation, otherId)));
    }

    private void linkMessages(TicketId ticket, List<MessageId> messages, TicketId origin, long originNumber,
                              String relation, long version) {
        UUID id = ticket.value();
        UUID originId = origin.value();
        List<Object[]> rows = messages.stream()
                .map(m -> new Object[] {id, m.value(), originId, originNumber, relation, version}).toList();
        writes.add(ops -> ops.add(jdbc -> jdbc.batchUpdate(LINK_MESSAGE, rows)));
    }
}
