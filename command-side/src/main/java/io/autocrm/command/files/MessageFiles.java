package io.autocrm.command.files;

import io.autocrm.events.common.AttachmentId;
import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.TicketId;
import io.autocrm.events.ticket.AttachmentRef;
import java.util.List;

/** Puts files on messages, for the ticket's command handlers. */
@FunctionalInterface
public interface MessageFiles {

    /**
     * Puts {@code claimant}'s pending uploads on the message, in the command's transaction (a refused command leaves
     * them pending); answers their references in the order given. {@code subject}: the ticket's requester, whose
     * erasure deletes them.
     *
     * @throws DomainException UNKNOWN_ATTACHMENT for an id that is not a pending upload of the claimant;
     *                         PAYLOAD_TOO_LARGE or VALIDATION_FAILED over the limits of a message
     */
    List<AttachmentRef> claim(List<AttachmentId> ids, String claimant, TicketId ticketId, MessageId messageId,
                              CustomerId subject);
}
