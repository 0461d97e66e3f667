package io.autocrm.query.audit;

import io.autocrm.events.common.TicketId;
import io.autocrm.events.ticket.CustomerMessageAddedEvent;
import io.autocrm.events.ticket.MessagesSplitOffEvent;
import io.autocrm.events.ticket.TicketMergeReceivedEvent;
import io.autocrm.events.ticket.TicketMergeUndoneEvent;
import io.autocrm.events.ticket.TicketMergedEvent;
import io.autocrm.events.ticket.TicketSplitFromEvent;
import io.autocrm.events.ticket.TicketUnmergedEvent;
import io.autocrm.events.ticket.InternalNoteAddedEvent;
import io.autocrm.events.ticket.MessageAttachmentsAddedEvent;
import io.autocrm.events.ticket.SideConversationStartedEvent;
import io.autocrm.events.ticket.SideMessageSentEvent;
import io.autocrm.events.ticket.SideMessageReceivedEvent;
import io.autocrm.events.ticket.SideConversationClosedEvent;
import io.autocrm.events.ticket.SideConversationReopenedEvent;
import io.autocrm.events.ticket.TicketParticipantAddedEvent;
import io.autocrm.events.ticket.TicketParticipantRemovedEvent;
import io.autocrm.events.ticket.PublicReplyAddedEvent;
import io.autocrm.events.ticket.TicketAssignedEvent;
import io.autocrm.events.ticket.TicketCreatedEvent;
import io.autocrm.events.ticket.TicketCustomFieldChangedEvent;
import io.autocrm.events.ticket.TicketPriorityChangedEvent;
import io.autocrm.events.ticket.TicketStatusChangedEvent;
import io.autocrm.events.ticket.SkillRequirement;
import io.autocrm.events.ticket.TicketSkillsRequiredEvent;
import io.autocrm.events.ticket.TicketTaggedEvent;
import io.autocrm.events.ticket.TicketTeamAssignedEvent;
import io.autocrm.events.ticket.TicketTeamUnassignedEvent;
import io.autocrm.events.ticket.TicketTypeChangedEvent;
import io.autocrm.events.ticket.TicketUnassignedEvent;
import io.autocrm.events.ticket.TicketUntaggedEvent;
import java.util.List;
import java.util.Optional;

/**
 * Describes a ticket event for people: "Status changed from Open to Solved", "Assigned to agent 1f0c…". Pure. Names
 * agents, teams and customers by id only; events of other aggregates give nothing.
 */
final class AuditDescriber {

    private AuditDescriber() {
    }

    static Optional<AuditEntry> describe(Object event) {
        return Optional.ofNullable(switch (event) {
            case TicketCreatedEvent e -> CreationDescriber.describe(e);
            case TicketStatusChangedEvent e -> status(e);
            case TicketPriorityChangedEvent e -> entry(e.ticketId(), "Priority changed from "
                    + Labels.capitalise(e.previousPriority().key()) + " to " + Labels.capitalise(e.priority().key()),
                    new Change("priority", e.previousPriority().key(), e.priority().key()));
            case TicketTypeChangedEvent e -> entry(e.ticketId(), "Type changed from "
                    + Labels.capitalise(e.previousType().key()) + " to " + Labels.capitalise(e.type().key()),
                    new Change("type", e.previousType().key(), e.type().key()));
            case TicketAssignedEvent e -> entry(e.ticketId(), e.previousAssigneeId() == null
                    ? "Assigned to agent " + e.assigneeId()
                    : "Reassigned from agent " + e.previousAssigneeId() + " to agent " + e.assigneeId(),
                    new Change("assignee", text(e.previousAssigneeId()), e.assigneeId().toString()));
            case TicketUnassignedEvent e -> entry(e.ticketId(), "Unassigned from agent " + e.previousAssigneeId(),
                    new Change("assignee", text(e.previousAssigneeId()), null));
            case TicketTeamAssignedEvent e -> entry(e.ticketId(), e.previousTeamId() == null
                    ? "Assigned to team " + e.teamId()
                    : "Moved from team " + e.previousTeamId() + " to team " + e.teamId(),
                    new Change("team", text(e.previousTeamId()), e.teamId().toString()));
            case TicketTeamUnassignedEvent e -> entry(e.ticketId(), "Removed from team " + e.previousTeamId(),
                    new Change("team", text(e.previousTeamId()), null));
            case TicketTaggedEvent e -> entry(e.ticketId(), "Tags added: " + String.join(", ", e.tags()),
                    new Change("tags", null, e.tags()));
            case TicketUntaggedEvent e -> entry(e.ticketId(), "Tags removed: " + String.join(", ", e.tags()),
                    new Change("tags", e.tags(), null));
            case TicketCustomFieldChangedEvent e -> customField(e);
            case PublicReplyAddedEvent e -> entry(e.ticketId(), e.authorId() == null
                    ? "Public reply added by an integration" : "Public reply added by agent " + e.authorId(),
                    new Change("message", null, e.messageId().toString()));
            case CustomerMessageAddedEvent e -> entry(e.ticketId(), "Customer message added by customer "
                    + e.authorId(), new Change("message", null, e.messageId().toString()));
            case InternalNoteAddedEvent e -> entry(e.ticketId(), e.authorId() == null
                    ? "Internal note added by an integration" : "Internal note added by agent " + e.authorId(),
                    new Change("internalNote", null, e.messageId().toString()));
            case MessageAttachmentsAddedEvent e -> entry(e.ticketId(), (e.attachments().size() == 1 ? "1 file"
                    : e.attachments().size() + " files") + " attached to message " + e.messageId(),
                    new Change("attachments", null, e.attachments().stream().map(a -> a.id().toString()).toList()));
            case TicketParticipantAddedEvent e -> entry(e.ticketId(), "Participant (CC) added: customer "
                    + e.participantId(), new Change("participants", null, e.participantId().toString()));
            case TicketParticipantRemovedEvent e -> entry(e.ticketId(), "Participant (CC) removed: customer "
                    + e.participantId(), new Change("participants", e.participantId().toString(), null));
            case SideConversationStartedEvent e -> entry(e.ticketId(), e.authorId() == null
                    ? "Side conversation started by an integration"
                    : "Side conversation started by agent " + e.authorId(),
                    new Change("sideConversation", null, e.conversationId().toString()));
            case SideMessageSentEvent e -> entry(e.ticketId(), (e.authorId() == null
                    ? "Side message sent by an integration" : "Side message sent by agent " + e.authorId())
                    + " to " + (e.recipientIds().size() == 1 ? "contact " + e.recipientIds().getFirst()
                    : e.recipientIds().size() + " contacts"),
                    new Change("sideMessage", null, e.messageId().toString()));
            case SideMessageReceivedEvent e -> entry(e.ticketId(), "Side message received from contact "
                    + e.senderId(), new Change("sideMessage", null, e.messageId().toString()));
            case SideConversationClosedEvent e -> entry(e.ticketId(), "Side conversation closed",
                    new Change("sideConversationState", "open", "closed"));
            case SideConversationReopenedEvent e -> entry(e.ticketId(), "Side conversation reopened",
                    new Change("sideConversationState", "closed", "open"));
            case TicketMergedEvent e -> entry(e.ticketId(), "Merged into ticket #" + e.survivorNumber(),
                    new Change("mergedInto", null, e.survivorId().toString()));
            case TicketMergeReceivedEvent e -> entry(e.ticketId(), "Ticket #" + e.mergedNumber()
                    + " merged into this ticket (" + count(e.messageIds().size()) + ")",
                    new Change("mergedFrom", null, e.mergedTicketId().toString()));
            case TicketUnmergedEvent e -> entry(e.ticketId(), "Merge into ticket #" + e.survivorNumber()
                    + " undone", new Change("mergedInto", e.survivorId().toString(), null));
            case TicketMergeUndoneEvent e -> entry(e.ticketId(), "Merge of ticket #" + e.mergedNumber()
                    + " undone (" + count(e.messageIds().size()) + " left this timeline)",
                    new Change("mergedFrom", e.mergedTicketId().toString(), null));
            case MessagesSplitOffEvent e -> entry(e.ticketId(), count(e.messageIds().size())
                    + " split off into new ticket #" + e.newNumber(),
                    new Change("splitInto", null, e.newTicketId().toString()));
            case TicketSplitFromEvent e -> entry(e.ticketId(), "Split from ticket #" + e.sourceNumber() + " ("
                    + count(e.messageIds().size()) + ")", new Change("splitFrom", null,
                    e.sourceTicketId().toString()));
            case TicketSkillsRequiredEvent e -> entry(e.ticketId(), e.skills().isEmpty()
                    ? "No skills required any more" : "Skills required: " + skills(e.skills()),
                    new Change("requiredSkills", skills(e.previous()), skills(e.skills())));
            default -> SlaDescriber.describe(event);
        });
    }

    private static String skills(List<SkillRequirement> skills) {
        return skills == null || skills.isEmpty() ? null : String.join(", ", skills.stream()
                .map(s -> s.skill() + " (level " + s.level() + ")").toList());
    }

    private static String count(int messages) {
        return messages == 1 ? "1 message" : messages + " messages";
    }

    private static AuditEntry status(TicketStatusChangedEvent e) {
        Change status = new Change("status", e.previousStatus().key(), e.status().key());
        String text = "Status changed from " + Labels.status(e.previousStatus()) + " to " + Labels.status(e.status());
        if (e.previousStatus().category() == e.status().category()) {
            return entry(e.ticketId(), text, status);
        }
        return new AuditEntry(e.ticketId().value(), text, List.of(status, new Change("statusCategory",
                e.previousStatus().category().key(), e.status().category().key())));
    }

    private static AuditEntry customField(TicketCustomFieldChangedEvent e) {
        List<String> before = e.previousValues() == null ? List.of() : e.previousValues();
        String text = "Custom field " + e.fieldKey() + (e.values().isEmpty() ? " cleared (was " + quoted(before) + ")"
                : before.isEmpty() ? " set to " + quoted(e.values())
                : " changed from " + quoted(before) + " to " + quoted(e.values()));
        return entry(e.ticketId(), text, new Change("customFields." + e.fieldKey(),
                before.isEmpty() ? null : before, e.values().isEmpty() ? null : e.values()));
    }

    static String quoted(List<String> values) {
        return "'" + String.join("', '", values) + "'";
    }

    static AuditEntry entry(TicketId ticketId, String description, Change change) {
        return new AuditEntry(ticketId.value(), description, List.of(change));
    }

    static String text(Object id) {
        return id == null ? null : id.toString();
    }
}
