package io.autocrm.query.testing;

import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.Channel;
import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.MetadataKeys;
import io.autocrm.events.common.TeamId;
import io.autocrm.events.ticket.CustomFieldValue;
import io.autocrm.events.ticket.CustomerMessageAddedEvent;
import io.autocrm.events.ticket.FieldType;
import io.autocrm.events.ticket.InternalNoteAddedEvent;
import io.autocrm.events.ticket.Priority;
import io.autocrm.events.ticket.PublicReplyAddedEvent;
import io.autocrm.events.ticket.Status;
import io.autocrm.events.ticket.StatusCategory;
import io.autocrm.events.ticket.TicketAssignedEvent;
import io.autocrm.events.ticket.TicketCreatedEvent;
import io.autocrm.events.ticket.TicketCustomFieldChangedEvent;
import io.autocrm.events.ticket.TicketPriorityChangedEvent;
import io.autocrm.events.ticket.TicketStatusChangedEvent;
import io.autocrm.events.ticket.TicketTaggedEvent;
import io.autocrm.events.ticket.TicketTeamAssignedEvent;
import io.autocrm.events.ticket.TicketTeamUnassignedEvent;
import io.autocrm.events.ticket.TicketType;
import io.autocrm.events.ticket.TicketTypeChangedEvent;
import io.autocrm.events.ticket.TicketUntaggedEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A ticket that went through every kind of event (17 events, version 17), with its personal data, agent and team
 * seeded as the command side and directory would have written them.
 */
public final class FullTicket {

    public final UUID requester = UUID.randomUUID();
    public final AgentId agent = AgentId.random();
    public final TeamId team = TeamId.random();
    public final MessageId description = MessageId.random();
    public final MessageId customerMessage = MessageId.random();
    public final MessageId reply = MessageId.random();
    public final MessageId note = MessageId.random();
    public final MessageId integrationReply = MessageId.random();
    public final TicketStory story;
    public final long number;

    public FullTicket(Seed seed, Instant start, long number) {
        this.number = number;
        story = new TicketStory(UUID.randomUUID(), start);
        seed.customer(requester, "Rita Requester", "rita-" + number + "@example.com").agent(agent.value(), "Ada Agent")
                .team(team.value(), "Support " + number).subject(story.ticketId, requester, "Cannot print invoices")
                .body(description.value(), story.ticketId, requester, "My printer refuses every invoice")
                .body(customerMessage.value(), story.ticketId, requester, "Still broken this morning")
                .body(reply.value(), story.ticketId, requester, "Please restart the spooler")
                .body(note.value(), story.ticketId, requester, "Customer sounds upset")
                .body(integrationReply.value(), story.ticketId, requester, "Automated: driver updated");
        write(number);
    }

    private void write(long number) {
        var id = story.id;
        story.next(new TicketCreatedEvent(id, number, new CustomerId(requester), Channel.EMAIL,
                Status.builtIn(StatusCategory.NEW), Priority.NORMAL, TicketType.QUESTION, null, null, List.of("vip"),
                List.of(CustomFieldValue.single("plan", FieldType.DROPDOWN, "gold")), description, null),
                Map.of(MetadataKeys.ACTOR_TYPE, "customer", MetadataKeys.ACTOR_ID, requester.toString(),
                        MetadataKeys.CHANNEL, "email"));
        story.next(new TicketAssignedEvent(id, agent, null));
        story.next(new TicketTeamAssignedEvent(id, team, null));
        story.next(status("new", "open"));
        story.next(new PublicReplyAddedEvent(id, reply, agent));
        story.next(new CustomerMessageAddedEvent(id, customerMessage, new CustomerId(requester)));
        story.next(new InternalNoteAddedEvent(id, note, agent));
        story.next(new TicketPriorityChangedEvent(id, Priority.NORMAL, Priority.HIGH));
        story.next(new TicketTypeChangedEvent(id, TicketType.QUESTION, TicketType.INCIDENT));
        story.next(new TicketTaggedEvent(id, List.of("billing")));
        story.next(new TicketUntaggedEvent(id, List.of("vip")));
        story.next(new TicketCustomFieldChangedEvent(id, "areas", FieldType.MULTI_SELECT, List.of(), List.of("eu")));
        story.next(status("open", "solved"));
        story.next(status("solved", "open"));
        story.next(new PublicReplyAddedEvent(id, integrationReply, null), Map.of(MetadataKeys.ACTOR_TYPE,
                "api_key", MetadataKeys.ACTOR_ID, "key-42", MetadataKeys.CHANNEL, "api"));
        story.next(new TicketTeamUnassignedEvent(id, team));
        story.next(status("open", "solved"));
    }

    private TicketStatusChangedEvent status(String from, String to) {
        return new TicketStatusChangedEvent(story.id, Status.builtIn(StatusCategory.fromKey(from)),
                Status.builtIn(StatusCategory.fromKey(to)));
    }
}
