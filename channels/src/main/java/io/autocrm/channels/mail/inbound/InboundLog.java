package io.autocrm.channels.mail.inbound;

import io.autocrm.channels.mail.inbound.MailIngest.Outcome;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The record of every mail received ({@code mail.inbound}): what became of it, why, and its original bytes. */
@Repository
class InboundLog {

    private static final int MAX_TEXT = 500;
    private final JdbcClient jdbc;

    InboundLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Outcome> find(String key) {
        return jdbc.sql("SELECT id, state, reason, ticket_id FROM mail.inbound WHERE message_key = ?").param(key)
                .query((rs, row) -> new Outcome(rs.getObject("id", UUID.class), rs.getString("state"),
                        rs.getString("reason"), rs.getObject("ticket_id", UUID.class), true)).optional();
    }

    void insert(UUID id, String key, String source, byte[] raw, ParsedMail mail, String state, String reason,
                UUID ticketId, UUID messageId, UUID subjectId) {
        write(id, key, source, raw, mail, state, reason, ticketId, messageId, subjectId, "");
    }

    /** One record; {@code onConflict}: what a second record of the same mail does ("" fails it). */
    private int write(UUID id, String key, String source, byte[] raw, ParsedMail mail, String state, String reason,
                      UUID ticketId, UUID messageId, UUID subjectId, String onConflict) {
        return jdbc.sql("""
                        INSERT INTO mail.inbound (id, message_key, source, state, reason, ticket_id, message_id,
                                                  subject_id, sender, subject, size_bytes, raw)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)\s""" + onConflict)
                .params(id, key, source, state, clip(reason), ticketId, messageId, subjectId,
                        mail == null ? null : mail.fromAddress(), mail == null ? null : clip(mail.subject()),
                        raw.length, raw).update();
    }

    /** The ticket that got the mail in the end (a follow-up, or the ticket its ticket was merged into). */
    void settle(UUID id, UUID ticketId) {
        jdbc.sql("UPDATE mail.inbound SET ticket_id = ? WHERE id = ?").params(ticketId, id).update();
    }

    Outcome ignore(String key, String source, byte[] raw, ParsedMail mail, UUID subjectId, String reason) {
        return record(key, source, raw, mail, subjectId, "ignored", reason);
    }

    /** Mail received earlier from an address that has just become a customer is now about them (erasure). */
    void linkEarlier(String sender, UUID subjectId) {
        jdbc.sql("UPDATE mail.inbound SET subject_id = ? WHERE lower(sender) = lower(?) AND subject_id IS NULL")
                .params(subjectId, sender).update();
    }

    Outcome quarantine(String key, String source, byte[] raw, ParsedMail mail, UUID subjectId, String reason) {
        return record(key, source, raw, mail, subjectId, "quarantined", reason);
    }

    private Outcome record(String key, String source, byte[] raw, ParsedMail mail, UUID subjectId, String state,
                           String reason) {
        UUID id = UUID.nameUUIDFromBytes(("mail:" + key).getBytes(StandardCharsets.UTF_8));
        int inserted = write(id, key, source, raw, mail, state, reason, null, null, subjectId,
                "ON CONFLICT (message_key) DO NOTHING");
        return inserted == 1 ? new Outcome(id, state, reason, null, false) : find(key).orElseThrow();
    }

    private static String clip(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }
}
