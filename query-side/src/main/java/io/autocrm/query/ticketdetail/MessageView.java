package io.autocrm.query.ticketdetail;

import java.time.Instant;

/**
 * One message of a ticket's conversation as the detail shows it. {@code kind} is {@code description},
 * {@code customer-message}, {@code public-reply} or {@code internal-note}; {@code body} and the author's name are
 * null once erased.
 */
public record MessageView(String id, String kind, Author author, String body, Instant createdAt) {

    /** Who wrote it: {@code type} is {@code customer}, {@code agent} or an integration's actor type. */
    public record Author(String type, String id, String name) {
    }
}
