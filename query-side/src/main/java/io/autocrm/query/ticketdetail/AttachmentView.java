package io.autocrm.query.ticketdetail;

/**
 * A file on a message. {@code url}: a signed download link, valid for 15 to 30 minutes (read the ticket again for a
 * fresh one, or use {@code GET /api/v1/tickets/{id}/attachments/{attachmentId}}). {@code contentType} was detected
 * from the bytes; {@code inline}: a mail showed it inside its text (an embedded image).
 */
public record AttachmentView(String id, String name, long size, String contentType, boolean inline, String url) {
}
