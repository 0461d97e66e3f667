package io.autocrm.events.ticket;

import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.TicketId;
import org.axonframework.serialization.Revision;

/** An agent replied publicly; the body lives in the personal-data store under {@code messageId}. {@code authorId} is null when an integration posted it. */
@Revision("1")
public record PublicReplyAddedEvent(TicketId ticketId, MessageId messageId, AgentId authorId) {
}
