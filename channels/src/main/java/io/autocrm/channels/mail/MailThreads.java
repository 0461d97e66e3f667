package io.autocrm.channels.mail;

import java.security.SecureRandom;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What ties mails to tickets: every Message-ID sent and received ({@code mail.message_ref}), each ticket's number and
 * reply token ({@code mail.ticket_thread}), and Outlook's conversations ({@code mail.conversation}); and to side
 * conversations: their Message-IDs (kept apart from their ticket's thread) and reply tokens ({@code mail.side_thread}). A reply token is
 * random (60 bits): knowing one ticket's reply address tells nothing about another's.
 */
@Repository
public class MailThreads {

    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
    private static final int TOKEN_LENGTH = 12;
    private static final Pattern TOKEN = Pattern.compile("^[a-z2-9]{" + TOKEN_LENGTH + "}$");
    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;

    MailThreads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The reply token of the ticket's thread, made on first use. */
    public String tokenOf(UUID ticketId, long number) {
        jdbc.sql("""
                        INSERT INTO mail.ticket_thread (ticket_id, number, reply_token) VALUES (?, ?, ?)
                        ON CONFLICT DO NOTHING""")
                .params(ticketId, number, newToken()).update();
        return jdbc.sql("SELECT reply_token FROM mail.ticket_thread WHERE ticket_id = ?").param(ticketId)
                .query(String.class).single();
    }

    /** The ticket whose reply token this is. */
    public Optional<UUID> ticketOfToken(String token) {
        if (token == null || !TOKEN.matcher(token.toLowerCase(Locale.ROOT)).matches()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT ticket_id FROM mail.ticket_thread WHERE reply_token = ?")
                .param(token.toLowerCase(Locale.ROOT)).query(UUID.class).optional();
    }

    /** The ticket with this number, if it ever sent or received mail. */
    public Optional<UUID> ticketOfNumber(long number) {
        return jdbc.sql("SELECT ticket_id FROM mail.ticket_thread WHERE number = ?").param(number)
                .query(UUID.class).optional();
    }

    /** Records a Message-ID sent ({@code out}) or received ({@code in}) on a ticket; a known one stays as it was. */
    public void remember(String messageId, UUID ticketId, String direction) {
        jdbc.sql("""
                        INSERT INTO mail.message_ref (header_message_id, ticket_id, direction) VALUES (?, ?, ?)
                        ON CONFLICT DO NOTHING""")
                .params(messageId, ticketId, direction).update();
    }

    /** The known ones of these Message-IDs, each with its ticket, in the order given; one query. */
    public List<Match> ticketsOfMessages(List<String> messageIds) {
        if (messageIds.isEmpty()) {
            return List.of();
        }
        Map<String, Match> known = new HashMap<>();
        jdbc.sql("""
                        SELECT header_message_id, ticket_id, side_conversation_id FROM mail.message_ref
                         WHERE header_message_id = ANY (?)""")
                .param(messageIds.toArray(String[]::new))
                .query(rs -> {
                    known.put(rs.getString(1), new Match(rs.getObject(2, UUID.class), rs.getString(1),
                            rs.getObject(3, UUID.class)));
                });
        return messageIds.stream().filter(known::containsKey).map(known::get).toList();
    }

    /** A known Message-ID and its ticket, and its side conversation when it belongs to one (else null). */
    public record Match(UUID ticketId, String messageId, UUID sideConversationId) {
    }

    /** The reply token of a side conversation's thread, made on first use. */
    public String sideTokenOf(UUID conversationId, UUID ticketId) {
        jdbc.sql("""
                        INSERT INTO mail.side_thread (conversation_id, ticket_id, reply_token) VALUES (?, ?, ?)
                        ON CONFLICT DO NOTHING""")
                .params(conversationId, ticketId, newToken()).update();
        return jdbc.sql("SELECT reply_token FROM mail.side_thread WHERE conversation_id = ?").param(conversationId)
                .query(String.class).single();
    }

    /** The side conversation whose reply token this is, and its ticket. */
    public Optional<Side> sideOfToken(String token) {
        if (token == null || !TOKEN.matcher(token.toLowerCase(Locale.ROOT)).matches()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT conversation_id, ticket_id FROM mail.side_thread WHERE reply_token = ?")
                .param(token.toLowerCase(Locale.ROOT))
                .query((rs, row) -> new Side(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).optional();
    }

    /** A side conversation and its ticket. */
    public record Side(UUID conversationId, UUID ticketId) {
    }

    /** Records a Message-ID sent or received in a side conversation; a known one stays as it was. */
    public void rememberSide(String messageId, UUID ticketId, UUID conversationId, String direction) {
        jdbc.sql("""
                        INSERT INTO mail.message_ref (header_message_id, ticket_id, direction, side_conversation_id)
                        VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(messageId, ticketId, direction, conversationId).update();
    }

    /** A side conversation's Message-IDs, oldest first. */
    public List<String> sideMessagesOf(UUID conversationId) {
        return jdbc.sql("SELECT header_message_id FROM mail.message_ref WHERE side_conversation_id = ? ORDER BY "
                        + "created_at, header_message_id").param(conversationId).query(String.class).list();
    }

    /** The last Message-ID a side conversation received. */
    public Optional<String> lastReceivedSide(UUID conversationId) {
        return jdbc.sql("""
                        SELECT header_message_id FROM mail.message_ref
                         WHERE side_conversation_id = ? AND direction = 'in'
                         ORDER BY created_at DESC, header_message_id DESC LIMIT 1""")
                .param(conversationId).query(String.class).optional();
    }

    /** The ticket's Message-IDs, oldest first: what a reply names in References. */
    public List<String> messagesOf(UUID ticketId) {
        return jdbc.sql("SELECT header_message_id FROM mail.message_ref WHERE ticket_id = ? AND side_conversation_id "
                        + "IS NULL ORDER BY created_at, header_message_id").param(ticketId).query(String.class).list();
    }

    /** The last Message-ID the ticket received; a reply answers it. */
    public Optional<String> lastReceived(UUID ticketId) {
        return jdbc.sql("""
                        SELECT header_message_id FROM mail.message_ref
                         WHERE ticket_id = ? AND direction = 'in' AND side_conversation_id IS NULL
                         ORDER BY created_at DESC, header_message_id DESC LIMIT 1""")
                .param(ticketId).query(String.class).optional();
    }

    /** Ties an Outlook conversation to a ticket; a known conversation keeps its ticket. */
    public void rememberConversation(String guid, UUID ticketId) {
        jdbc.sql("INSERT INTO mail.conversation (conversation_guid, ticket_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(guid, ticketId).update();
    }

    /** The ticket of an Outlook conversation. */
    public Optional<UUID> ticketOfConversation(String guid) {
        return jdbc.sql("SELECT ticket_id FROM mail.conversation WHERE conversation_guid = ?").param(guid)
                .query(UUID.class).optional();
    }

    /** The reply token in a plus address of the support mailbox ({@code support+<token>@domain}), if any. */
    public static Optional<String> tokenIn(Collection<String> addresses, MailProperties properties) {
        Pattern plus = Pattern.compile("^" + Pattern.quote(properties.localPart().toLowerCase(Locale.ROOT))
                + "\\+([a-z0-9]+)@" + Pattern.quote(properties.domain()) + "$");
        for (String address : addresses) {
            Matcher matcher = plus.matcher(address.toLowerCase(Locale.ROOT));
            if (matcher.matches()) {
                return Optional.of(matcher.group(1));
            }
        }
        return Optional.empty();
    }

    private String newToken() {
        StringBuilder token = new StringBuilder(TOKEN_LENGTH);
        for (int i = 0; i < TOKEN_LENGTH; i++) {
            token.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return token.toString();
    }
}
