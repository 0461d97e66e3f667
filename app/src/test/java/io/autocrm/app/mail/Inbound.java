package io.autocrm.app.mail;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The record AutoCRM keeps of a received mail ({@code mail.inbound}), awaited by its Message-ID. */
record Inbound(UUID id, String state, String reason, UUID ticketId) {

    private static final Duration WAIT = Duration.ofSeconds(20);

    /** The record of the mail with this Message-ID, once it was taken in. */
    static Inbound of(JdbcClient jdbc, String messageId) {
        return await().atMost(WAIT).until(() -> jdbc.sql(
                        "SELECT id, state, reason, ticket_id FROM mail.inbound WHERE message_key = ?").param(messageId)
                .query((rs, row) -> new Inbound(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, UUID.class))).optional().orElse(null), java.util.Objects::nonNull);
    }
}
