package io.autocrm.events.ticket;

import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.Channel;
import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.TeamId;
import io.autocrm.events.common.TicketId;
import java.util.List;
import org.axonframework.serialization.Revision;

/** A ticket was opened. Its subject and description live in the personal-data store under the ticket id and {@code firstMessageId}; {@code followUpOf} names the closed ticket it follows up, if any; assignee and team may be null. */
@Revision("1")
public record TicketCreatedEvent(TicketId ticketId, long number, CustomerId requesterId, Channel channel, Status status, Priority priority, TicketType type, AgentId assigneeId, TeamId teamId, List<String> tags, List<CustomFieldValue> customFields, MessageId firstMessageId, TicketId followUpOf) {
}
