package io.autocrm.command.automation;

import io.autocrm.command.rules.TicketSnapshot.Change;
import io.autocrm.events.ticket.CustomerMessageAddedEvent;
import io.autocrm.events.ticket.InternalNoteAddedEvent;
import io.autocrm.events.ticket.MessagesSplitOffEvent;
import io.autocrm.events.ticket.PublicReplyAddedEvent;
import io.autocrm.events.ticket.TicketAssignedEvent;
import io.autocrm.events.ticket.TicketCreatedEvent;
import io.autocrm.events.ticket.TicketCustomFieldChangedEvent;
import io.autocrm.events.ticket.TicketMergeReceivedEvent;
import io.autocrm.events.ticket.TicketMergeUndoneEvent;
import io.autocrm.events.ticket.TicketMergedEvent;
import io.autocrm.events.ticket.TicketPriorityChangedEvent;
import io.autocrm.events.ticket.TicketSkillsRequiredEvent;
import io.autocrm.events.ticket.TicketSplitFromEvent;
import io.autocrm.events.ticket.TicketStatusChangedEvent;
import io.autocrm.events.ticket.TicketTaggedEvent;
import io.autocrm.events.ticket.TicketTeamAssignedEvent;
import io.autocrm.events.ticket.TicketTeamUnassignedEvent;
import io.autocrm.events.ticket.TicketTypeChangedEvent;
import io.autocrm.events.ticket.TicketUnassignedEvent;
import io.autocrm.events.ticket.TicketUnmergedEvent;
import io.autocrm.events.ticket.TicketUntaggedEvent;
import java.util.Optional;

/** What change of a ticket an event is, as triggers' conditions see it ({@code update}, {@code status-changed-…}). */
final class TicketChanges {

    private TicketChanges() {
    }

    static Optional<Change> of(Object event) {
        Change change = switch (event) {
            case TicketCreatedEvent e -> Change.of(Change.CREATED);
            case TicketStatusChangedEvent e -> new Change("status",
                    e.previousStatus() == null ? null : e.previousStatus().key(), e.status().key());
            case TicketPriorityChangedEvent e -> Change.of("priority");
            case TicketTypeChangedEvent e -> Change.of("type");
            case TicketAssignedEvent e -> Change.of("assignee");
            case TicketUnassignedEvent e -> Change.of("assignee");
            case TicketTeamAssignedEvent e -> Change.of("team");
            case TicketTeamUnassignedEvent e -> Change.of("team");
            case TicketTaggedEvent e -> Change.of("tags");
            case TicketUntaggedEvent e -> Change.of("tags");
            case TicketCustomFieldChangedEvent e -> Change.of("custom-field");
            case CustomerMessageAddedEvent e -> Change.of("customer-message");
            case PublicReplyAddedEvent e -> Change.of("public-reply");
            case InternalNoteAddedEvent e -> Change.of("internal-note");
            case TicketSkillsRequiredEvent e -> Change.of("skills");
            case TicketMergedEvent e -> Change.of("merge");
            case TicketMergeReceivedEvent e -> Change.of("merge");
            case TicketUnmergedEvent e -> Change.of("merge");
            case TicketMergeUndoneEvent e -> Change.of("merge");
            case TicketSplitFromEvent e -> Change.of("merge");
            case MessagesSplitOffEvent e -> Change.of("merge");
            case io.autocrm.events.ticket.SideConversationStartedEvent e -> Change.of("side-conversation");
            case io.autocrm.events.ticket.SideMessageSentEvent e -> Change.of("side-conversation");
            case io.autocrm.events.ticket.SideMessageReceivedEvent e -> Change.of("side-conversation");
            case io.autocrm.events.ticket.SideConversationClosedEvent e -> Change.of("side-conversation");
            case io.autocrm.events.ticket.SideConversationReopenedEvent e -> Change.of("side-conversation");
            default -> null;
        };
        return Optional.ofNullable(change);
    }
}
