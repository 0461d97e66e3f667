package io.autocrm.events.ticket;

import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.TicketId;
import org.axonframework.serialization.Revision;

/** An agent added a note that customers never see; the body lives in the personal-data store under {@code messageId}. */
@Revision("1")
public record InternalNoteAddedEvent(TicketId ticketId, MessageId messageId, AgentId authorId) {
}
