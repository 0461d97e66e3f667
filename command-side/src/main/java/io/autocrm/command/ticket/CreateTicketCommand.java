package io.autocrm.command.ticket;

import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.Channel;
import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.TeamId;
import io.autocrm.events.common.TicketId;
import io.autocrm.events.ticket.Priority;
import io.autocrm.events.ticket.TicketType;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Open a ticket. The ticket's number is drawn while handling, once the command is accepted; the answer is the
 * {@link CreatedTicket} with that number. The description is the first message, stored under {@code descriptionId}.
 * With {@code newRequester}, the requester is registered under {@code requesterId} in the same transaction; without,
 * {@code requesterId} must name an existing customer. Optional (nullable): {@code statusKey} (default new, or open
 * with an assignee), {@code priority} (normal), {@code type} (question), {@code assigneeId}, {@code teamId},
 * {@code followUpOf}. {@code rawCustomFields} maps field keys to raw values as clients send them.
 * {@code descriptionFormat} is {@code text} or {@code html} (sanitised when handled; see {@link MessageBody}).
 */
public record CreateTicketCommand(@TargetAggregateIdentifier TicketId ticketId, CustomerId requesterId,
                                  Channel channel, String subject, String description, MessageId descriptionId,
                                  String statusKey, Priority priority, TicketType type, AgentId assigneeId,
                                  TeamId teamId, List<String> tags, Map<String, List<String>> rawCustomFields,
                                  TicketId followUpOf, NewRequester newRequester, String descriptionFormat) {

    /** A ticket whose description is plain text. */
    public CreateTicketCommand(TicketId ticketId, CustomerId requesterId, Channel channel, String subject,
                               String description, MessageId descriptionId, String statusKey, Priority priority,
                               TicketType type, AgentId assigneeId, TeamId teamId, List<String> tags,
                               Map<String, List<String>> rawCustomFields, TicketId followUpOf,
                               NewRequester newRequester) {
        this(ticketId, requesterId, channel, subject, description, descriptionId, statusKey, priority, type,
                assigneeId, teamId, tags, rawCustomFields, followUpOf, newRequester, MessageBody.TEXT);
    }
}
