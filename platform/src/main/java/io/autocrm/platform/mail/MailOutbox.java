package io.autocrm.platform.mail;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Queues mail in {@code mail.outbox}, in the caller's transaction: the mail exists exactly when what caused it was
 * committed. The e-mail channel delivers the rows at least once, with retries, and records their delivery state.
 * Every row names the person it is about ({@code subjectId}), so erasure removes it.
 */
@Repository
public class MailOutbox {

    /** Mail about a person's account: sign-up confirmations and password-reset links. */
    public static final String ACCOUNT = "account";
    /** A ticket's public reply, composed from the ticket when it is first sent. */
    public static final String PUBLIC_REPLY = "public-reply";
    /** A side conversation's message to people outside the ticket, composed likewise. */
    public static final String SIDE_MESSAGE = "side-message";
    private final JdbcClient jdbc;

    MailOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues a finished plain-text mail about {@code subjectId} to {@code recipient}; answers its id. */
    public UUID queue(UUID subjectId, String recipient, String subject, String bodyText) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO mail.outbox (id, kind, subject_id, recipients, subject, body_text)
                        VALUES (?, ?, ?, ARRAY[?], ?, ?)""")
                .params(id, ACCOUNT, subjectId, recipient, subject, bodyText).update();
        return id;
    }

    /**
     * Queues the public reply {@code messageId} of ticket {@code ticketId}; composed (recipients, subject, text, the
     * person it is about) when it is first sent. Queuing the same reply again changes nothing. {@code automatic}: a
     * trigger or an automation wrote it (it is sent marked as such).
     */
    public void queueReply(UUID ticketId, UUID messageId, boolean automatic) {
        jdbc.sql("""
                        INSERT INTO mail.outbox (id, kind, ticket_id, message_id, automatic)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING""")
                .params(messageId, PUBLIC_REPLY, ticketId, messageId, automatic).update();
    }

    /**
     * Queues the side message {@code messageId} of side conversation {@code conversationId} to {@code recipientIds}
     * (contacts); composed when it is first sent. Queuing the same message again changes nothing.
     */
    public void queueSideMessage(UUID ticketId, UUID conversationId, UUID messageId, List<UUID> recipientIds) {
        jdbc.sql("""
                        INSERT INTO mail.outbox (id, kind, ticket_id, message_id, side_conversation_id, recipient_ids)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING""")
                .params(messageId, SIDE_MESSAGE, ticketId, messageId, conversationId,
                        recipientIds.toArray(UUID[]::new)).update();
    }

    /**
     * Erasure: every mail about the person, to them as a side conversation's contact, or addressed (To or Cc) to
     * {@code email} (may be null), sent or not.
     */
    public void erase(UUID subjectId, String email) {
        jdbc.sql("""
                        DELETE FROM mail.outbox WHERE subject_id = ? OR ? = ANY (recipient_ids)
                            OR lower(?) = ANY (SELECT lower(r) FROM unnest(recipients || cc) r)""")
                .params(subjectId, subjectId, email).update();
    }
}
