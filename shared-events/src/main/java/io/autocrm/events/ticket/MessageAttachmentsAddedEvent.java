package io.autocrm.events.ticket;

import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.TicketId;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * Files came with a message: applied right after the message's own event, in the same command, so the message and
 * its files appear together. Who may read the message may download its files; customers never reach those of an
 * internal note.
 */
@Revision("1")
public record MessageAttachmentsAddedEvent(TicketId ticketId, MessageId messageId, List<AttachmentRef> attachments) {

    public MessageAttachmentsAddedEvent {
        attachments = List.copyOf(attachments);
    }
}
