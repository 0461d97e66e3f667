package io.autocrm.channels.mail.log;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import io.autocrm.events.common.InvalidInput;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the mail log: {@code mail.outbox} (sent) and {@code mail.inbound} (received), newest first, a page at a time;
 * a page's {@code nextCursor} ({@code <epoch micros>_<id>}) names where the next one starts.
 */
@Repository
class MailLog {

    static final Set<String> OUT_STATES = Set.of("queued", "sending", "sent", "failed", "cancelled");
    static final Set<String> IN_STATES = Set.of("ticket-created", "message-added", "side-message-added", "ignored",
            "quarantined");
    private final JdbcClient jdbc;

    MailLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A mail sent (or to send), as the log shows it. */
    record SentMail(UUID id, String kind, UUID ticketId, UUID messageId, List<String> recipients, String subject,
                    String messageIdHeader, String state, int attempts, Instant nextAttemptAt, String lastError,
                    Instant createdAt, Instant sentAt) {
    }

    /** A mail received, as the log shows it. */
    record ReceivedMail(UUID id, String source, String state, String reason, UUID ticketId, UUID messageId,
                        String sender, String subject, int sizeBytes, Instant receivedAt) {
    }

    /** A page of the log. */
    record Page<T>(List<T> items, String nextCursor) {
    }

    Page<SentMail> sent(String state, UUID ticketId, String cursor, int limit) {
        requireState(state, OUT_STATES);
        Cursor after = Cursor.parse(cursor);
        List<SentMail> rows = jdbc.sql("""
                        SELECT * FROM mail.outbox
                         WHERE (CAST(? AS text) IS NULL OR state = ?) AND (CAST(? AS uuid) IS NULL OR ticket_id = ?)
                           AND (CAST(? AS timestamptz) IS NULL OR (created_at, id) < (?, ?))
                         ORDER BY created_at DESC, id DESC LIMIT ?""")
                .params(state, state, ticketId, ticketId, after.at(), after.at(), after.id(), limit + 1)
                .query((rs, row) -> sent(rs)).list();
        return page(rows, limit, SentMail::createdAt, SentMail::id);
    }

    Page<ReceivedMail> received(String state, UUID ticketId, String cursor, int limit) {
        requireState(state, IN_STATES);
        Cursor after = Cursor.parse(cursor);
        List<ReceivedMail> rows = jdbc.sql("""
                        SELECT id, source, state, reason, ticket_id, message_id, sender, subject, size_bytes,
                               received_at
                          FROM mail.inbound
                         WHERE (CAST(? AS text) IS NULL OR state = ?) AND (CAST(? AS uuid) IS NULL OR ticket_id = ?)
                           AND (CAST(? AS timestamptz) IS NULL OR (received_at, id) < (?, ?))
                         ORDER BY received_at DESC, id DESC LIMIT ?""")
                .params(state, state, ticketId, ticketId, after.at(), after.at(), after.id(), limit + 1)
                .query((rs, row) -> received(rs)).list();
        return page(rows, limit, ReceivedMail::receivedAt, ReceivedMail::id);
    }

    /** The original of a received mail, if it is {@code ticketId}'s (any ticket's when null). */
    Optional<byte[]> original(UUID id, UUID ticketId) {
        return jdbc.sql("SELECT raw FROM mail.inbound WHERE id = ? AND (CAST(? AS uuid) IS NULL OR ticket_id = ?)")
                .params(id, ticketId, ticketId).query(byte[].class).optional();
    }

    /** Sends a failed or cancelled mail again, now. */
    void retry(UUID id) {
        int queued = jdbc.sql("""
                        UPDATE mail.outbox SET state = 'queued', next_attempt_at = now(), attempts = 0,
                               retried_at = now()
                         WHERE id = ? AND state IN ('failed', 'cancelled')""").param(id).update();
        if (queued == 1) {
            return;
        }
        String state = jdbc.sql("SELECT state FROM mail.outbox WHERE id = ?").param(id).query(String.class)
                .optional().orElseThrow(() -> new DomainException(ErrorCode.MAIL_NOT_FOUND, "No mail has id " + id + "."));
        throw new DomainException(ErrorCode.MAIL_NOT_RETRYABLE,
                "This mail is " + state + "; only a failed or cancelled mail can be sent again.");
    }

    /** How many mails are in each delivery state. */
    List<MailCount> outboxCounts() {
        return jdbc.sql("SELECT state, count(*) AS n FROM mail.outbox GROUP BY state ORDER BY state")
                .query((rs, row) -> new MailCount(rs.getString("state"), rs.getLong("n"))).list();
    }

    /** How many received mails are in each state. */
    List<MailCount> inboundCounts() {
        return jdbc.sql("SELECT state, count(*) AS n FROM mail.inbound GROUP BY state ORDER BY state")
                .query((rs, row) -> new MailCount(rs.getString("state"), rs.getLong("n"))).list();
    }

    /** A number of mails in a state. */
    record MailCount(String state, long count) {
    }

    private static void requireState(String state, Set<String> states) {
        if (state != null && !states.contains(state)) {
            throw new InvalidInput("state is one of " + String.join(", ", states.stream().sorted().toList()) + ".");
        }
    }

    private static <T> Page<T> page(List<T> rows, int limit, java.util.function.Function<T, Instant> at,
                                    java.util.function.Function<T, UUID> id) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<T> items = new ArrayList<>(rows.subList(0, limit));
        T last = items.getLast();
        Instant instant = at.apply(last);
        long micros = instant.getEpochSecond() * 1_000_000 + instant.getNano() / 1_000;
        return new Page<>(items, micros + "_" + id.apply(last));
    }

    private static SentMail sent(ResultSet rs) throws SQLException {
        java.sql.Array recipients = rs.getArray("recipients");
        return new SentMail(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getObject("ticket_id", UUID.class),
                rs.getObject("message_id", UUID.class),
                recipients == null ? List.of() : List.of((String[]) recipients.getArray()), rs.getString("subject"),
                rs.getString("header_message_id"), rs.getString("state"), rs.getInt("attempts"),
                instant(rs.getTimestamp("next_attempt_at")), rs.getString("last_error"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("sent_at")));
    }

    private static ReceivedMail received(ResultSet rs) throws SQLException {
        return new ReceivedMail(rs.getObject("id", UUID.class), rs.getString("source"), rs.getString("state"),
                rs.getString("reason"), rs.getObject("ticket_id", UUID.class), rs.getObject("message_id", UUID.class),
                rs.getString("sender"), rs.getString("subject"), rs.getInt("size_bytes"),
                instant(rs.getTimestamp("received_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** 9999-12-31: no row is newer, and PostgreSQL takes every instant before it. */
    private static final long MAX_CURSOR_MICROS = 253_402_214_400_000_000L;

    /** Where a page starts: after the row at this instant with this id. */
    private record Cursor(Timestamp at, UUID id) {

        static Cursor parse(String cursor) {
            if (cursor == null || cursor.isBlank()) {
                return new Cursor(null, null);
            }
            try {
                String[] parts = cursor.split("_", 2);
                long micros = Long.parseLong(parts[0]);
                if (micros < 0 || micros > MAX_CURSOR_MICROS) {
                    throw new IllegalArgumentException("out of range");
                }
                Timestamp at = Timestamp.from(Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000),
                        Math.floorMod(micros, 1_000_000) * 1_000L));
                return new Cursor(at, UUID.fromString(parts[1]));
            } catch (RuntimeException e) {
                throw new InvalidInput("cursor is not a page's nextCursor.");
            }
        }
    }
}
