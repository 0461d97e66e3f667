package io.autocrm.command.ticket;

import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.Channel;
import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.SideConversationId;
import io.autocrm.events.common.TeamId;
import io.autocrm.events.common.TicketId;
import io.autocrm.events.ticket.Priority;
import io.autocrm.events.ticket.SkillRequirement;
import io.autocrm.events.ticket.StatusCategory;
import io.autocrm.events.ticket.TicketType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Reads what a ticket is now from its aggregate (loaded through the ticket repository in a unit of work that is
 * rolled back, so nothing changes), never from a read model: what the command side knows is never behind.
 */
@Component
public class TicketFacts {

    /**
     * A ticket's properties and its API version (events in its stream). Custom fields: key to canonical values.
     * {@code updatedAt} is when its last event was recorded, {@code statusChangedAt} when its status last changed (or
     * it was created); {@code merged} whether it is closed as merged into another; {@code participants} who takes part
     * beside the requester (CCs).
     */
    public record Facts(TicketId ticketId, long number, CustomerId requesterId, String statusKey, Priority priority,
                        TicketType type, AgentId assigneeId, TeamId teamId, List<String> tags,
                        Map<String, List<String>> customFields, long version, Channel channel,
                        StatusCategory statusCategory, List<SkillRequirement> requiredSkills, Instant createdAt,
                        Instant updatedAt, Instant statusChangedAt, boolean merged, List<CustomerId> participants) {

        public Facts {
            participants = participants == null ? List.of() : List.copyOf(participants);
        }

        /** Facts without participants (a ticket folded from history, a test's). */
        public Facts(TicketId ticketId, long number, CustomerId requesterId, String statusKey, Priority priority,
                     TicketType type, AgentId assigneeId, TeamId teamId, List<String> tags,
                     Map<String, List<String>> customFields, long version, Channel channel,
                     StatusCategory statusCategory, List<SkillRequirement> requiredSkills, Instant createdAt,
                     Instant updatedAt, Instant statusChangedAt, boolean merged) {
            this(ticketId, number, requesterId, statusKey, priority, type, assigneeId, teamId, tags, customFields,
                    version, channel, statusCategory, requiredSkills, createdAt, updatedAt, statusChangedAt, merged,
                    List.of());
        }
    }

    private final Repository<Ticket> tickets;
    private final TicketContents contents;

    TicketFacts(@Qualifier("ticketRepository") Repository<Ticket> tickets, TicketContents contents) {
        this.tickets = tickets;
        this.contents = contents;
    }

    /** The ticket's subject; empty when there is none (no such ticket, or its requester was erased). */
    public Optional<String> subjectOf(TicketId ticketId) {
        return contents.subjectOf(ticketId);
    }

    /** The plain text of the ticket's description; empty when there is none (see {@link TicketContents}). */
    public Optional<String> descriptionOf(TicketId ticketId) {
        return contents.descriptionOf(ticketId);
    }

    /** A message's text: plain and HTML (sanitised when stored); empty when there is none or it was erased. */
    public Optional<MessageText> messageOf(MessageId messageId) {
        return contents.messageOf(messageId).map(body -> new MessageText(body.text(), body.html()));
    }

    /** A side message's plain text and HTML, unless erased. */
    public Optional<MessageText> sideMessageOf(MessageId messageId) {
        return contents.sideMessageOf(messageId).map(body -> new MessageText(body.text(), body.html()));
    }

    /** A side conversation's subject, unless erased. */
    public Optional<String> sideSubjectOf(SideConversationId conversationId) {
        return contents.sideSubjectOf(conversationId);
    }

    /** A message's plain text and its HTML. */
    public record MessageText(String text, String html) {
    }

    /** The ticket with this id; empty when there is none. */
    public Optional<Facts> find(TicketId ticketId) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            Aggregate<Ticket> ticket = tickets.load(ticketId.toString());
            Facts facts = ticket.invoke(t -> t.facts(ticket.version() + 1));
            return facts.ticketId() == null ? Optional.empty() : Optional.of(facts);
        } catch (AggregateNotFoundException e) {
            return Optional.empty();
        } finally {
            unitOfWork.rollback();
        }
    }
}
