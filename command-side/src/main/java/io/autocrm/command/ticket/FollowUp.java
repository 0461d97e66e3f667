package io.autocrm.command.ticket;

import io.autocrm.command.directory.AgentDirectory;
import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.Channel;
import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.TeamId;
import io.autocrm.events.common.TicketId;
import io.autocrm.events.ticket.CustomFieldValue;
import io.autocrm.events.ticket.Priority;
import io.autocrm.events.ticket.TicketCreatedEvent;
import io.autocrm.events.ticket.TicketType;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The follow-up a customer message opens on a closed ticket: a new ticket linked to the closed one, with the same
 * priority, type, team, tags and custom fields, the still active assignee (then open, else new), and the message as
 * its description. It keeps the closed ticket's subject only when the closed ticket's requester writes: the subject
 * is that requester's personal data, so anyone else's follow-up gets a neutral one. Its id derives from the message
 * id; the API gives every request a new message id, so a retried request opens another follow-up.
 */
record FollowUp(TicketId closedTicketId, long closedNumber, CustomerId closedRequesterId, Priority priority,
                TicketType type, AgentId assigneeId, TeamId teamId, List<String> tags,
                Collection<CustomFieldValue> customFields) {

    FollowUp {
        tags = List.copyOf(tags);
        customFields = List.copyOf(customFields);
    }

    static TicketId idFor(MessageId messageId) {
        return new TicketId(UUID.nameUUIDFromBytes(("follow-up:" + messageId).getBytes(StandardCharsets.UTF_8)));
    }

    /** Stores the follow-up's texts and returns its creation event, for the caller to apply in the new ticket. */
    TicketCreatedEvent open(MessageId messageId, CustomerId requesterId, MessageBody body, Channel channel,
                            AgentDirectory agents, TicketContents contents, TicketNumbers numbers) {
        TicketId followUpId = idFor(messageId);
        AgentId assignee = assigneeId != null && agents.exists(assigneeId) ? assigneeId : null;
        contents.addSubject(followUpId, requesterId, subjectFor(requesterId, contents));
        contents.addMessage(messageId, followUpId, requesterId, body);
        return new TicketCreatedEvent(followUpId, numbers.next(), requesterId, channel,
                Lifecycle.initial(null, assignee), priority, type, assignee, teamId, tags, List.copyOf(customFields),
                messageId, closedTicketId);
    }

    /** The closed ticket's subject for its own requester (unless erased), else "Follow-up to #number". */
    private String subjectFor(CustomerId requesterId, TicketContents contents) {
        String neutral = "Follow-up to #" + closedNumber;
        return requesterId.equals(closedRequesterId) ? contents.subjectOf(closedTicketId).orElse(neutral) : neutral;
    }
}
