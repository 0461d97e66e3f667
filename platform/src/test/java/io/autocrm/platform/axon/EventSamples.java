package io.autocrm.platform.axon;

import io.autocrm.events.agent.AgentStatus;
import io.autocrm.events.agent.AgentStatusChangedEvent;
import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.Channel;
import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.OrganisationId;
import io.autocrm.events.common.TeamId;
import io.autocrm.events.common.TicketId;
import io.autocrm.events.customer.CustomerErasedEvent;
import io.autocrm.events.customer.CustomerRegisteredEvent;
import io.autocrm.events.ticket.*;
import java.util.List;
import java.util.UUID;

/** One fixed instance of every event, matching the JSON fixtures in src/test/resources/events. */
final class EventSamples {

    static final TicketId TICKET = new TicketId(UUID.fromString("0b9c6b1e-6f8e-4f3f-9d39-0d3f7c1f0a01"));
    static final TicketId FOLLOWED = new TicketId(UUID.fromString("0b9c6b1e-6f8e-4f3f-9d39-0d3f7c1f0a02"));
    static final CustomerId CUSTOMER = new CustomerId(UUID.fromString("5d2f3a4b-1c2d-4e5f-8a9b-0c1d2e3f4a5b"));
    static final AgentId AGENT = new AgentId(UUID.fromString("7e8f9a0b-1c2d-4e5f-8a9b-0c1d2e3f4a5c"));
    static final AgentId OTHER_AGENT = new AgentId(UUID.fromString("7e8f9a0b-1c2d-4e5f-8a9b-0c1d2e3f4a5d"));
    static final TeamId TEAM = new TeamId(UUID.fromString("9a0b1c2d-3e4f-4a5b-8c9d-0e1f2a3b4c5d"));
    static final MessageId MESSAGE = new MessageId(UUID.fromString("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5e"));
    static final io.autocrm.events.common.SideConversationId SIDE = new io.autocrm.events.common.SideConversationId(
            UUID.fromString("3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f"));
    static final OrganisationId ORGANISATION = new OrganisationId(UUID.fromString("2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e"));

    private EventSamples() {
    }

    static final java.util.UUID SLA_POLICY = java.util.UUID.fromString("5a1a0000-0000-4000-8000-000000000001");
    static final io.autocrm.events.common.CalendarId CALENDAR =
            io.autocrm.events.common.CalendarId.of("ca1e0000-0000-4000-8000-000000000001");

    static List<Object> all() {
        Status open = Status.builtIn(StatusCategory.OPEN);
        Status waiting = new Status("awaiting-vendor", StatusCategory.ON_HOLD);
        return List.of(
                new TicketCreatedEvent(TICKET, 1042, CUSTOMER, Channel.EMAIL, Status.builtIn(StatusCategory.NEW),
                        Priority.HIGH, TicketType.INCIDENT, AGENT, TEAM, List.of("billing", "vip"),
                        List.of(CustomFieldValue.single("plan", FieldType.DROPDOWN, "pro"),
                                new CustomFieldValue("components", FieldType.MULTI_SELECT, List.of("api", "ui"))),
                        MESSAGE, FOLLOWED),
                new TicketStatusChangedEvent(TICKET, open, waiting),
                new TicketPriorityChangedEvent(TICKET, Priority.NORMAL, Priority.URGENT),
                new TicketTypeChangedEvent(TICKET, TicketType.QUESTION, TicketType.PROBLEM),
                new TicketAssignedEvent(TICKET, AGENT, OTHER_AGENT),
                new TicketUnassignedEvent(TICKET, AGENT),
                new TicketTeamAssignedEvent(TICKET, TEAM, null),
                new TicketTeamUnassignedEvent(TICKET, TEAM),
                new TicketTaggedEvent(TICKET, List.of("refund")),
                new TicketSkillsRequiredEvent(TICKET, List.of(new SkillRequirement("billing", 2),
                        new SkillRequirement("german", 1)), List.of(new SkillRequirement("billing", 1))),
                new TicketUntaggedEvent(TICKET, List.of("vip")),
                new TicketCustomFieldChangedEvent(TICKET, "refund_amount", FieldType.DECIMAL, List.of(), List.of("12.50")),
                new PublicReplyAddedEvent(TICKET, MESSAGE, AGENT),
                new CustomerMessageAddedEvent(TICKET, MESSAGE, CUSTOMER),
                new InternalNoteAddedEvent(TICKET, MESSAGE, AGENT),
                new io.autocrm.events.ticket.TicketParticipantAddedEvent(TICKET, CUSTOMER),
                new io.autocrm.events.ticket.SideConversationStartedEvent(TICKET, SIDE, AGENT),
                new io.autocrm.events.ticket.SideMessageSentEvent(TICKET, SIDE, MESSAGE, AGENT, List.of(CUSTOMER)),
                new io.autocrm.events.ticket.SideMessageReceivedEvent(TICKET, SIDE, MESSAGE, CUSTOMER),
                new io.autocrm.events.ticket.SideConversationClosedEvent(TICKET, SIDE, AGENT),
                new io.autocrm.events.ticket.SideConversationReopenedEvent(TICKET, SIDE),
                new io.autocrm.events.ticket.TicketParticipantRemovedEvent(TICKET, CUSTOMER),
                new io.autocrm.events.ticket.MessageAttachmentsAddedEvent(TICKET, MESSAGE, List.of(
                        new io.autocrm.events.ticket.AttachmentRef(io.autocrm.events.common.AttachmentId.of(
                                "5f0c3a8e-2b1d-4c6e-9a7f-3e2d1c0b9a88"), 48213, "image/png",
                                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", true))),
                new TicketMergedEvent(TICKET, FOLLOWED, 1043, open),
                new TicketMergeReceivedEvent(FOLLOWED, TICKET, 1042, List.of(MESSAGE)),
                new TicketUnmergedEvent(TICKET, FOLLOWED, 1043),
                new TicketMergeUndoneEvent(FOLLOWED, TICKET, 1042, List.of(MESSAGE)),
                new MessagesSplitOffEvent(TICKET, FOLLOWED, 1043, List.of(MESSAGE)),
                new TicketSplitFromEvent(FOLLOWED, TICKET, 1042, List.of(MESSAGE)),
                new io.autocrm.events.ticket.SlaPolicyAppliedEvent(TICKET, SLA_POLICY, 2, "Urgent and high",
                        CALENDAR, 75, false, List.of(new io.autocrm.events.ticket.SlaTarget(
                                io.autocrm.events.ticket.SlaMetric.AGENT_WORK_TIME, 240, true,
                                List.of(StatusCategory.NEW, StatusCategory.OPEN)))),
                new io.autocrm.events.ticket.SlaPolicyRemovedEvent(TICKET, SLA_POLICY, 2),
                new io.autocrm.events.ticket.SlaClockChangedEvent(TICKET,
                        io.autocrm.events.ticket.SlaMetric.AGENT_WORK_TIME, 1,
                        io.autocrm.events.ticket.SlaClockChange.RESUMED, java.time.Instant.parse("2026-12-07T12:00:00Z"),
                        StatusCategory.OPEN, java.time.Instant.parse("2026-12-07T12:40:00Z")),
                new io.autocrm.events.ticket.SlaWarningIssuedEvent(TICKET,
                        io.autocrm.events.ticket.SlaMetric.FIRST_REPLY_TIME, 1,
                        java.time.Instant.parse("2026-12-07T10:45:00Z"), java.time.Instant.parse("2026-12-07T11:00:00Z")),
                new io.autocrm.events.ticket.SlaBreachedEvent(TICKET, io.autocrm.events.ticket.SlaMetric.NEXT_REPLY_TIME,
                        2, java.time.Instant.parse("2026-12-07T11:00:00Z")),
                new io.autocrm.events.ticket.SlaFulfilledEvent(TICKET,
                        io.autocrm.events.ticket.SlaMetric.FIRST_REPLY_TIME, 1,
                        java.time.Instant.parse("2026-12-07T11:05:00Z"), MESSAGE, true),
                new CustomerRegisteredEvent(CUSTOMER, ORGANISATION),
                new CustomerErasedEvent(CUSTOMER),
                new AgentStatusChangedEvent(AGENT, AgentStatus.ONLINE, AgentStatus.AWAY));
    }
}
