package io.autocrm.events.ticket;

import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.SideConversationId;
import io.autocrm.events.common.TicketId;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * An agent wrote in a side conversation; the mail goes to {@code recipientIds} (contacts whose names and addresses live
 * in the personal-data store), never to the ticket's requester or participants unless named. The body lives in the
 * personal-data store under {@code messageId}. {@code authorId} is null when an integration wrote it.
 */
@Revision("1")
public record SideMessageSentEvent(TicketId ticketId, SideConversationId conversationId, MessageId messageId,
                                   AgentId authorId, List<CustomerId> recipientIds) {

    public SideMessageSentEvent {
        recipientIds = recipientIds == null ? List.of() : List.copyOf(recipientIds);
    }
}
