package io.autocrm.query.ticketdetail;

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
import io.autocrm.events.ticket.TicketTaggedEvent;
import io.autocrm.events.ticket.TicketTeamAssignedEvent;
import io.autocrm.events.ticket.TicketTeamUnassignedEvent;
import io.autocrm.events.ticket.TicketTypeChangedEvent;
import io.autocrm.events.ticket.TicketUnassignedEvent;
import io.autocrm.events.ticket.TicketUntaggedEvent;
import io.autocrm.query.postgres.Times;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * Folds a ticket's events, oldest first, into its state: pure, no I/O. Mirrors the projections' rules (version =
 * sequence number + 1, solved time cleared on reopen, tags sorted by code point, internal notes not counted), which a
 * test checks by comparing the fold of all events with the live read model. Events before creation or of other kinds
 * are ignored.
 */
final class TicketFolder {

    /** The state after {@code events}, or empty when they hold no creation. */
    Optional<FoldedTicket> fold(List<? extends DomainEventMessage<?>> events) {
        TicketState state = null;
        for (DomainEventMessage<?> event : events) {
            Object payload = event.getPayload();
            Instant at = Times.micros(event.getTimestamp());
            if (payload instanceof TicketCreatedEvent created) {
                state = TicketState.created(created, at);
            }
            if (state != null && apply(state, payload, at)) {
                // AutoCRM's own SLA records advance the version, not "updated" (as the queue's projection).
                state.stamp(event.getSequenceNumber() + 1,
                        payload instanceof io.autocrm.events.ticket.SlaRecord ? state.updatedAt : at);
                MessageEntry.of(payload, event.getMetaData(), event.getTimestamp()).ifPresent(state.messages::add);
            }
        }
        return Optional.ofNullable(state).map(TicketState::toFolded);
    }

    private static boolean apply(TicketState s, Object payload, Instant at) {
        switch (payload) {
            case TicketCreatedEvent e -> {
                // the state was just made from it
            }
            case TicketStatusChangedEvent e -> s.status(e.status().key(), e.status().category().key(), at);
            case TicketPriorityChangedEvent e -> s.priority = e.priority().key();
            case TicketTypeChangedEvent e -> s.type = e.type().key();
            case TicketAssignedEvent e -> s.assigneeId = e.assigneeId().value();
            case TicketUnassignedEvent e -> s.assigneeId = null;
            case TicketTeamAssignedEvent e -> s.teamId = e.teamId().value();
            case TicketTeamUnassignedEvent e -> s.teamId = null;
            case TicketTaggedEvent e -> s.tags.addAll(e.tags());
            case TicketUntaggedEvent e -> s.tags.removeAll(e.tags());
            case TicketCustomFieldChangedEvent e -> s.customField(e.fieldKey(), e.values());
            case PublicReplyAddedEvent e -> s.publicReply(at);
            case CustomerMessageAddedEvent e -> s.messageCount++;
            case InternalNoteAddedEvent e -> {
                // counted in the conversation, not in the message count
            }
            case TicketMergedEvent e -> s.links.add("merged-into",
                    new TicketRef(e.survivorId().toString(), e.survivorNumber()));
            case TicketUnmergedEvent e -> s.links.remove("merged-into", e.survivorId().toString());
            case TicketMergeReceivedEvent e -> s.link("merged-from", e.mergedTicketId(), e.mergedNumber(),
                    e.messageIds(), "merged");
            case TicketMergeUndoneEvent e -> s.unlinkMerged(e.mergedTicketId(), e.messageIds());
            case MessagesSplitOffEvent e -> s.splitInto(e.newTicketId(), e.newNumber(), e.messageIds());
            case TicketSplitFromEvent e -> s.link("split-from", e.sourceTicketId(), e.sourceNumber(),
                    e.messageIds(), "split");
            case TicketSkillsRequiredEvent e -> {
                // not shown in the ticket's state; its history says it
            }
            case io.autocrm.events.ticket.SlaPolicyAppliedEvent e -> {
                // SLA events: the ticket's SLA view and history show them
            }
            case io.autocrm.events.ticket.SlaPolicyRemovedEvent e -> { }
            case io.autocrm.events.ticket.SlaClockChangedEvent e -> { }
            case io.autocrm.events.ticket.SlaWarningIssuedEvent e -> { }
            case io.autocrm.events.ticket.SlaBreachedEvent e -> { }
            case io.autocrm.events.ticket.SlaFulfilledEvent e -> { }
            // Files, participants and side conversations: the live detail's, not yet the past one's; they move the
            // version and the time like there.
            case io.autocrm.events.ticket.MessageAttachmentsAddedEvent e -> { }
            case io.autocrm.events.ticket.TicketParticipantAddedEvent e -> { }
            case io.autocrm.events.ticket.TicketParticipantRemovedEvent e -> { }
            case io.autocrm.events.ticket.SideConversationStartedEvent e -> { }
            case io.autocrm.events.ticket.SideMessageSentEvent e -> { }
            case io.autocrm.events.ticket.SideMessageReceivedEvent e -> { }
            case io.autocrm.events.ticket.SideConversationClosedEvent e -> { }
            case io.autocrm.events.ticket.SideConversationReopenedEvent e -> { }
            default -> {
                return false;
            }
        }
        return true;
    }
}
