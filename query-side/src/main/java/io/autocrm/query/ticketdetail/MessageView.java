package io.autocrm.query.ticketdetail;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * One message of a ticket's conversation as the detail shows it. {@code kind} is {@code description},
 * {@code customer-message}, {@code public-reply} or {@code internal-note}. {@code body} is the plain text,
 * {@code bodyHtml} the sanitised HTML (for a plain-text message its escaped text in paragraphs); both, and the
 * author's name, are null once erased.
 */
public record MessageView(String id,
                          @Schema(allowableValues = {"description", "customer-message", "public-reply", "internal-note"})
                          String kind,
                          Author author, String body, String bodyHtml, Instant createdAt) {

    /** Who wrote it: {@code type} is {@code customer}, {@code agent} or an integration's actor type. */
    public record Author(String type, String id, String name) {
    }
}
