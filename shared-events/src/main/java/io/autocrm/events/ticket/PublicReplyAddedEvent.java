package io.autocrm.events.ticket;

import io.autocrm.events.common.*;
import java.util.List;
import org.axonframework.serialization.Revision;

/** An agent replied publicly; the body lives in the personal-data store under {@code messageId}. {@code authorId} is null when an integration posted it. */
@Revision("1")
public record PublicReplyAddedEvent(TicketId ticketId, MessageId messageId, AgentId authorId) {
}
