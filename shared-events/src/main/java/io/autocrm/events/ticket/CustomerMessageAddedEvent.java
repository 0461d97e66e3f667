package io.autocrm.events.ticket;

import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.TicketId;
import org.axonframework.serialization.Revision;

/** The customer wrote; the body lives in the personal-data store under {@code messageId}. */
@Revision("1")
public record CustomerMessageAddedEvent(TicketId ticketId, MessageId messageId, CustomerId authorId) {
}
