package io.autocrm.command.files;

import io.autocrm.events.common.AttachmentId;
import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.TicketId;
import io.autocrm.events.ticket.AttachmentRef;
import io.autocrm.platform.files.Attachments;
import java.util.List;
import org.springframework.stereotype.Component;

/** The command side's files, in the platform's attachment store. */
@Component
class StoredFiles implements MessageFiles, SubjectFiles {

    private final Attachments attachments;

    StoredFiles(Attachments attachments) {
        this.attachments = attachments;
    }

    @Override
    public List<AttachmentRef> claim(List<AttachmentId> ids, String claimant, TicketId ticketId, MessageId messageId,
                                     CustomerId subject) {
        return attachments.claim(ids, claimant, ticketId.value(), messageId.value(), subject.value());
    }

    @Override
    public void eraseOf(CustomerId customerId) {
        attachments.eraseSubject(customerId.value());
    }
}
