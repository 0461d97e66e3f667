package io.autocrm.query.queue;

import io.autocrm.events.common.TicketId;
import io.autocrm.events.ticket.CustomerMessageAddedEvent;
import io.autocrm.events.ticket.MessagesSplitOffEvent;
import io.autocrm.events.ticket.TicketMergeReceivedEvent;
import io.autocrm.events.ticket.TicketMergeUndoneEvent;
import io.autocrm.events.ticket.TicketMergedEvent;
import io.autocrm.events.ticket.TicketSplitFromEvent;
import io.autocrm.events.ticket.TicketUnmergedEvent;
import io.autocrm.events.ticket.InternalNoteAddedEvent;
import io.autocrm.events.ticket.PublicReplyAddedEvent;
import io.autocrm.events.ticket.TicketAssignedEvent;
import io.autocrm.events.ticket.TicketCreatedEvent;
import io.autocrm.events.ticket.TicketCustomFieldChangedEvent;
import io.autocrm.events.ticket.TicketPriorityChangedEvent;
import io.autocrm.events.ticket.TicketStatusChangedEvent;
import io.autocrm.events.ticket.TicketSkillsRequiredEvent;
import io.autocrm.events.ticket.MessageAttachmentsAddedEvent;
import io.autocrm.events.ticket.SideConversationStartedEvent;
import io.autocrm.events.ticket.SideMessageSentEvent;
import io.autocrm.events.ticket.SideMessageReceivedEvent;
import io.autocrm.events.ticket.SideConversationClosedEvent;
import io.autocrm.events.ticket.SideConversationReopenedEvent;
import io.autocrm.events.ticket.TicketParticipantAddedEvent;
import io.autocrm.events.ticket.TicketParticipantRemovedEvent;
import io.autocrm.events.ticket.SlaBreachedEvent;
import io.autocrm.events.ticket.SlaClockChange;
import io.autocrm.events.ticket.SlaClockChangedEvent;
import io.autocrm.events.ticket.SlaFulfilledEvent;
import io.autocrm.events.ticket.SlaPolicyAppliedEvent;
import io.autocrm.events.ticket.SlaPolicyRemovedEvent;
import io.autocrm.events.ticket.SlaWarningIssuedEvent;
import io.autocrm.events.ticket.TicketTaggedEvent;
import io.autocrm.events.ticket.TicketTeamAssignedEvent;
import io.autocrm.events.ticket.TicketTeamUnassignedEvent;
import io.autocrm.events.ticket.TicketTypeChangedEvent;
import io.autocrm.events.ticket.TicketUnassignedEvent;
import io.autocrm.events.ticket.TicketUntaggedEvent;
import io.autocrm.query.postgres.BatchWrites;
import io.autocrm.query.postgres.InitialCustomFields;
import io.autocrm.query.postgres.ProcessingGroups;
import io.autocrm.query.postgres.Times;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Projects ticket events into {@code read_model.ticket}. Shares the {@value ProcessingGroups#TICKETS} processing
 * group with the conversation projection, so a ticket's row and its messages commit together. Version = sequence
 * number + 1. A batch of events is folded per ticket in memory ({@link TicketChanges}) and each changed row written
 * once, with one notification per changed ticket, when the batch commits ({@link BatchWrites}).
 */
@Component
@ProcessingGroup(ProcessingGroups.TICKETS)
class TicketProjection {

    private final BatchWrites<TicketChanges> writes;

    TicketProjection(TicketTable table, QueueChangeNotifier notifier) {
        this.writes = new BatchWrites<>("ticket", TicketChanges::new, changes -> {
            table.commitAsynchronously();
            List<TicketRow> changed = changes.foldOnto(table.lock(changes.ticketIds()));
            table.write(changed);
            notifier.changed(changed.stream().map(row -> row.ticketId).toList());
        });
    }

    @EventHandler
    void on(TicketCreatedEvent e, @SequenceNumber Long seq, @Timestamp Instant at) {
        TicketRow row = new TicketRow();
        row.ticketId = e.ticketId().value();
        row.number = e.number();
        row.requesterId = e.requesterId().value();
        row.statusKey = e.status().key();
        row.statusCategory = e.status().category().key();
        row.priority = e.priority().key();
        row.priorityRank = PriorityRank.of(e.priority());
        row.type = e.type().key();
        row.assigneeId = TicketTable.uuid(e.assigneeId());
        row.teamId = TicketTable.uuid(e.teamId());
        row.tags = TicketRow.sortedDistinct(e.tags() == null ? List.of() : e.tags());
        row.customFields = new TreeMap<>(InitialCustomFields.of(e));
        row.channel = e.channel().key();
        row.followUpOf = TicketTable.uuid(e.followUpOf());
        row.createdAt = Times.toDb(at);
        row.updatedAt = row.createdAt;
        row.solvedAt = row.statusCategory.equals("solved") ? row.createdAt : null;
        row.messageCount = e.firstMessageId() == null ? 0 : 1;
        row.version = seq + 1;
        writes.add(changes -> changes.create(row));
    }

    @EventHandler
    void on(TicketStatusChangedEvent e, @SequenceNumber Long seq, @Timestamp Instant at) {
        String key = e.status().key();
        String category = e.status().category().key();
        OffsetDateTime when = Times.toDb(at);
        change(e.ticketId(), seq, at, row -> row.status(key, category, when));
    }

    @EventHandler
    void on(TicketPriorityChangedEvent e, @SequenceNumber Long seq, @Timestamp Instant at) {
        String priority = e.priority().key();
        int rank = PriorityRank.of(e.priority());
        change(e.ticketId(), seq, at, row -> {
            row.priority = priority;
            row.priorityRank = rank;
        });
    }

    @EventHandler
    void on(TicketTypeChangedEvent e, @SequenceNumber Long seq, @Timestamp Instant at) {
        String type = e.type().key();
        change(e.ticketId(), seq, at, row -> row.type = type);
    }

    @EventHandler
    void on(TicketAssignedEvent e, @SequenceNumber Long seq, @Timestamp Instant at) {
        var assignee = e.assigneeId().value();
        change(e.ticketId(), seq, at, row -> row.assigneeId = assignee);
    }

    @EventHandler
    void on(TicketUnassignedEvent e, @SequenceNumber Long seq, @Timestamp Instant at) {
        change(e.ticketId(), seq, at, row -> row.assigneeId = null);
    }

    @EventHandler
    void on(TicketTeamAssignedEvent e, @SequenceNumber Long seq, @Timestamp Instant at) {
        var team = e.teamId().value();
        change(e.ticketId(), seq, at, row -> row.teamId = team);
    }

    @EventHandler
    void on(TicketTeamUnassignedEvent e, @SequenceNumber Long seq, @Timestamp Instant at) {
        change(e.ticketId(), seq, at, row -> row.teamId = null);
    }

    @EventHandler
    void on(TicketTaggedEvent e, @SequenceNumber Long seq, @Timestamp Instant at) {
        List<String> tags = List.copyOf(e.tags());
        change(e.ticketId(), seq, at, row -> row.tag(tags));
    }

    @EventHandler
    void on(TicketUntaggedEvent e, @SequenceNumber Long seq, @Timestamp Instant at) {
        List<String> tags = List.copyOf(e.tags());
        change(e.ticketId(), seq, at, row -> row.untag(tags));
    }

    @EventHandler
    void on(TicketCustomFieldChangedEvent e, @SequenceNumber Long seq, @Timestamp Instant at) {
        String key = e.fieldKey();
        List<String> values = List.copyOf(e.values());
        change(e.ticketId(), seq, at, row -> row.customField(key, values));
    }

    @EventHandler
    void on(PublicReplyAddedEvent e, @SequenceNumber Long seq, @Timestamp Instant at) {
        OffsetDateTime when = Times.toDb(at);
        change(e.ticketId(), seq, at, row -> row.publicReply(when));
    }

    @EventHandler
    void on(CustomerMessageAddedEvent e, @SequenceNumber Long seq, @Timestamp Instant at) {
        change(e.ticketId(), seq, at, row -> row.messageCount++);
    }

    /** Internal notes are not counted (customers must not learn of them), but they do update the ticket. */
    @EventHandler
    void on(InternalNoteAddedEvent e, @SequenceNumber Long seq, @Timestamp Instant at) {
        change(e.ticketId(), seq, at, row -> { });
    }

    /** Merges, their undo and splits change links and timelines (see TicketLinkProjection); the row moves on. */
    @EventHandler
    void on(TicketMergedEvent e, @SequenceNumber Long seq, @Timestamp Instant at) {
        change(e.ticketId(), seq, at, row -> { });
    }

    @EventHandler
    void on(TicketMergeReceivedEvent e, @SequenceNumber Long seq, @Timestamp Instant at) {
        change(e.ticketId(), seq, at, row -> { });
    }

    @EventHandler
    void on(TicketUnmergedEvent e, @SequenceNumber Long seq, @Timestamp Instant at) {
        change(e.ticketId(), seq, at, row -> { });
    }

    @EventHandler
    void on(TicketMergeUndoneEvent e, @SequenceNumber Long seq, @Timestamp Instant at) {
        change(e.ticketId(), seq, at, row -> { });
    }

    @EventHandler
    void on(MessagesSplitOffEvent e, @SequenceNumber Long seq, @Timestamp Instant at) {
        change(e.ticketId(), seq, at, row -> { });
    }

    @EventHandler
    void on(TicketSplitFromEvent e, @SequenceNumber Long seq, @Timestamp Instant at) {
        change(e.ticketId(), seq, at, row -> { });
    }

    @EventHandler
    void on(TicketSkillsRequiredEvent e, @SequenceNumber Long seq, @Timestamp Instant at) {
        change(e.ticketId(), seq, at, row -> { });
    }

    @EventHandler
    void on(MessageAttachmentsAddedEvent e, @SequenceNumber Long seq, @Timestamp Instant at) {
        change(e.ticketId(), seq, at, row -> { });
    }

    @EventHandler
    void on(TicketParticipantAddedEvent e, @SequenceNumber Long seq, @Timestamp Instant at) {
        change(e.ticketId(), seq, at, row -> { });
    }

    @EventHandler
    void on(TicketParticipantRemovedEvent e, @SequenceNumber Long seq, @Timestamp Instant at) {
        change(e.ticketId(), seq, at, row -> { });
    }

    @EventHandler
    void on(SideConversationStartedEvent e, @SequenceNumber Long seq, @Timestamp Instant at) {
        change(e.ticketId(), seq, at, row -> { });
    }

    @EventHandler
    void on(SideMessageSentEvent e, @SequenceNumber Long seq, @Timestamp Instant at) {
        change(e.ticketId(), seq, at, row -> { });
    }

    @EventHandler
    void on(SideMessageReceivedEvent e, @SequenceNumber Long seq, @Timestamp Instant at) {
        change(e.ticketId(), seq, at, row -> { });
    }

    @EventHandler
    void on(SideConversationClosedEvent e, @SequenceNumber Long seq, @Timestamp Instant at) {
        change(e.ticketId(), seq, at, row -> { });
    }

    @EventHandler
    void on(SideConversationReopenedEvent e, @SequenceNumber Long seq, @Timestamp Instant at) {
        change(e.ticketId(), seq, at, row -> { });
    }

    @EventHandler
    void on(SlaPolicyAppliedEvent e, @SequenceNumber Long seq) {
        measured(e.ticketId(), seq, TicketRow::slaPolicyChanged);
    }

    @EventHandler
    void on(SlaPolicyRemovedEvent e, @SequenceNumber Long seq) {
        measured(e.ticketId(), seq, TicketRow::slaPolicyChanged);
    }

    @EventHandler
    void on(SlaClockChangedEvent e, @SequenceNumber Long seq) {
        String key = e.metric().key() + "#" + e.cycle();
        OffsetDateTime due = e.change() == SlaClockChange.PAUSED ? null : Times.toDb(e.dueAt());
        measured(e.ticketId(), seq, row -> row.slaClock(key, e.metric().key(), due));
    }

    @EventHandler
    void on(SlaWarningIssuedEvent e, @SequenceNumber Long seq) {
        measured(e.ticketId(), seq, row -> { });
    }

    @EventHandler
    void on(SlaBreachedEvent e, @SequenceNumber Long seq) {
        measured(e.ticketId(), seq, row -> row.slaBreached(e.metric().key() + "#" + e.cycle(), e.metric().key()));
    }

    @EventHandler
    void on(SlaFulfilledEvent e, @SequenceNumber Long seq) {
        measured(e.ticketId(), seq, row -> row.slaFulfilled(e.metric().key() + "#" + e.cycle()));
    }

    /** An SLA record: the row's SLA columns and version change, its {@code updated_at} does not. */
    private void measured(TicketId id, Long seq, Consumer<TicketRow> apply) {
        writes.add(changes -> changes.change(id.value(), seq + 1, null, apply));
    }

    private void change(TicketId id, Long seq, Instant at, Consumer<TicketRow> apply) {
        OffsetDateTime when = Times.toDb(at);
        writes.add(changes -> changes.change(id.value(), seq + 1, when, apply));
    }
}
