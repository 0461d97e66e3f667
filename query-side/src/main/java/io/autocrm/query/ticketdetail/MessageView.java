package io.autocrm.query.ticketdetail;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * One message of a ticket's conversation as the detail shows it. {@code kind} is {@code description},
 * {@code customer-message}, {@code public-reply} or {@code internal-note}. {@code body} is the plain text,
 * {@code bodyHtml} the sanitised HTML (for a plain-text message its escaped text in paragraphs); both, and the
 * author's name, are null once erased. {@code origin} names the ticket a message comes from when it lives in another
 * ticket's history (merged into this one, or this one split from it), else null; {@code movedTo} names the ticket a
 * message of this ticket was split off into (it stays in this history, shown as moved), else null. {@code attachments}:
 * its files, in the order they came (none once erased).
 */
public record MessageView(String id,
                          @Schema(allowableValues = {"description", "customer-message", "public-reply", "internal-note"})
                          String kind,
                          Author author, String body, String bodyHtml, Instant createdAt, MessageOrigin origin,
                          TicketRef movedTo, List<AttachmentView> attachments) {

    public MessageView {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    MessageView withAttachments(List<AttachmentView> files) {
        return new MessageView(id, kind, author, body, bodyHtml, createdAt, origin, movedTo, files);
    }

    /** Who wrote it: {@code type} is {@code customer}, {@code agent} or an integration's actor type. */
    public record Author(String type, String id, String name) {
    }
}
