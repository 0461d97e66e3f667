package io.autocrm.channels.mail.outbound;

import io.autocrm.channels.mail.MailProperties;
import io.autocrm.channels.mail.MailServers;
import io.autocrm.channels.mail.ThreadIndex;
import io.autocrm.platform.files.Attachments;
import io.autocrm.platform.files.StoredFile;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox over SMTP, at least once. Every node looks for due mail every {@code poll-interval}; a mail is
 * claimed by one node ({@code FOR UPDATE SKIP LOCKED}) and leased for five minutes, renewed right before it is sent, so
 * a node that stops mid-send leaves it to be sent again (with the same Message-ID, by which mail clients recognise a
 * duplicate); every outcome is recorded only by the attempt that holds the mail, so a late attempt never undoes a
 * newer one. A failed
 * attempt is retried after {@code first-retry}, doubling up to {@code max-retry}; the server refusing every recipient
 * fails the mail at once, and a mail still undelivered {@code give-up-after} its queuing fails with the last reason.
 * An SMTP outage therefore delays mail and never loses it.
 */
@Component
class OutboxDelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final int MAX_ERROR = 500;
    private final JdbcClient jdbc;
    private final MailServers servers;
    private final MailProperties properties;
    private final ReplyComposer composer;
    private final Attachments attachments;

    OutboxDelivery(JdbcClient jdbc, MailServers servers, MailProperties properties, ReplyComposer composer,
                   Attachments attachments) {
        this.attachments = attachments;
        this.jdbc = jdbc;
        this.servers = servers;
        this.properties = properties;
        this.composer = composer;
    }

    @Scheduled(fixedDelayString = "${autocrm.mail.delivery.poll-interval:2s}")
    void deliverDue() {
        if (!properties.enabled()) {
            return;
        }
        List<OutboxRow> due;
        do {
            due = claim();
            due.forEach(this::deliver);
        } while (due.size() == properties.delivery().batchSize());
    }

    /** Claims the mail that is due, oldest first, for the lease. */
    List<OutboxRow> claim() {
        return jdbc.sql("""
                        UPDATE mail.outbox SET state = 'sending', attempts = attempts + 1,
                               next_attempt_at = now() + make_interval(secs => ?)
                         WHERE id IN (SELECT id FROM mail.outbox
                                       WHERE state IN ('queued', 'sending') AND next_attempt_at <= now()
                                       ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED)
                        RETURNING\s""" + OutboxRow.COLUMNS)
                .params(LEASE.toSeconds(), properties.delivery().batchSize())
                .query((rs, row) -> OutboxRow.of(rs)).list();
    }

    private void deliver(OutboxRow claimed) {
        Optional<OutboxRow> mail;
        try {
            mail = composer.compose(claimed);
        } catch (RuntimeException e) {
            log.warn("Could not compose mail {}", claimed.id(), e);
            failed(claimed, "could not compose: " + e.getMessage(), false);
            return;
        }
        if (mail.isEmpty() || !stillOurs(claimed)) {
            return;
        }
        try {
            servers.sender().send(message(mail.get()));
            jdbc.sql("""
                            UPDATE mail.outbox SET state = 'sent', sent_at = now(), last_error = NULL
                             WHERE id = ? AND state = 'sending' AND attempts = ?""")
                    .params(claimed.id(), claimed.attempts()).update();
        } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
            failed(claimed, reason(e), permanent(e));
        }
    }

    /**
     * Renews this attempt's lease right before sending, and says whether the attempt is still this node's: a batch
     * whose earlier sends were slow may have outlived the lease of its later mails, which another node then took.
     */
    private boolean stillOurs(OutboxRow claimed) {
        return jdbc.sql("""
                        UPDATE mail.outbox SET next_attempt_at = now() + make_interval(secs => ?)
                         WHERE id = ? AND state = 'sending' AND attempts = ?""")
                .params(LEASE.toSeconds(), claimed.id(), claimed.attempts()).update() == 1;
    }

    private MimeMessage message(OutboxRow mail) throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = new FixedIdMessage(servers.sender().createMimeMessage(), "<" + mail.headerMessageId() + ">");
        boolean html = mail.bodyHtml() != null;
        List<StoredFile> files = mail.messageId() == null ? List.of()
                : attachments.ofMessages(Set.of(mail.messageId())).getOrDefault(mail.messageId(), List.of());
        MimeMessageHelper helper = new MimeMessageHelper(message, html || !files.isEmpty(), "UTF-8");
        helper.setFrom(new InternetAddress(properties.address(), properties.fromName(), "UTF-8"));
        helper.setTo(mail.recipients().toArray(String[]::new));
        if (!mail.cc().isEmpty()) {
            helper.setCc(mail.cc().toArray(String[]::new));
        }
        helper.setSubject(mail.subject());
        if (html) {
            helper.setText(mail.bodyText(), mail.bodyHtml());
        } else {
            helper.setText(mail.bodyText());
        }
        for (StoredFile file : files) {
            // The bytes are read from the file store while the mail is written out, never held whole in memory.
            helper.addAttachment(file.name(), () -> attachments.open(file), file.contentType());
        }
        if ("public-reply".equals(mail.kind())) {
            replyTo(helper, jdbc.sql("SELECT reply_token FROM mail.ticket_thread WHERE ticket_id = ?")
                    .param(mail.ticketId()).query(String.class).optional());
            message.setHeader("Thread-Index", ThreadIndex.of(mail.ticketId(), mail.createdAt()));
            // A header value is written as given: encoded (RFC 2047) and folded, so that no line break or non-ASCII
            // character of a subject can start a header of its own.
            message.setHeader("Thread-Topic", MimeUtility.fold(14, MimeUtility.encodeText(
                    mail.subject().replaceFirst("^Re: ", "").replaceAll("[\\r\\n]+", " "), "UTF-8", null)));
            if (mail.automatic()) {
                message.setHeader("Auto-Submitted", "auto-replied");
            }
        } else if ("side-message".equals(mail.kind())) {
            // Written by an agent: no Auto-Submitted. No Thread-Index either: Outlook's conversation is the ticket's.
            replyTo(helper, jdbc.sql("SELECT reply_token FROM mail.side_thread WHERE conversation_id = ?")
                    .param(mail.sideConversationId()).query(String.class).optional());
        } else {
            message.setHeader("Auto-Submitted", "auto-generated");
        }
        if (mail.inReplyTo() != null) {
            message.setHeader("In-Reply-To", "<" + mail.inReplyTo() + ">");
        }
        if (!mail.refs().isEmpty()) {
            message.setHeader("References", mail.refs().stream().map(r -> "<" + r + ">")
                    .collect(Collectors.joining(" ")));
        }
        // Out-of-office answers to AutoCRM's mail would only open tickets that nobody asked for (delivery reports are
        // still welcome).
        message.setHeader("X-Auto-Response-Suppress", "OOF, AutoReply");
        return message;
    }

    /** Answers go to the support mailbox's plus address of the thread ({@code support+<token>@…}). */
    private void replyTo(MimeMessageHelper helper, Optional<String> token)
            throws MessagingException, UnsupportedEncodingException {
        if (token.isPresent()) {
            helper.setReplyTo(new InternetAddress(properties.localPart() + "+" + token.get() + "@"
                    + properties.domain(), properties.fromName(), "UTF-8"));
        }
    }

    private void failed(OutboxRow mail, String reason, boolean permanent) {
        Duration giveUp = properties.delivery().giveUpAfter();
        boolean lastAttempt = permanent || mail.giveUpFrom().plus(giveUp).isBefore(Instant.now());
        long backoff = Math.min(properties.delivery().firstRetry().toSeconds()
                        * (1L << Math.min(Math.max(mail.attempts() - 1, 0), 20)),
                properties.delivery().maxRetry().toSeconds());
        String error = reason.length() > MAX_ERROR ? reason.substring(0, MAX_ERROR) : reason;
        jdbc.sql("""
                        UPDATE mail.outbox SET state = ?, last_error = ?,
                               next_attempt_at = now() + make_interval(secs => ?)
                         WHERE id = ? AND state = 'sending' AND attempts = ?""")
                .params(lastAttempt ? "failed" : "queued", error, backoff, mail.id(), mail.attempts()).update();
        // The error stays in the outbox (erased with the person); the log names the mail only.
        log.info("Mail {} attempt {} failed ({})", mail.id(), mail.attempts(),
                lastAttempt ? "given up" : "retried in " + backoff + " s");
    }

    private static boolean permanent(Exception e) {
        if (e instanceof jakarta.mail.internet.AddressException || e.getCause() instanceof jakarta.mail.internet.AddressException) {
            return true;
        }
        if (e instanceof MailSendException send) {
            return send.getFailedMessages().values().stream().anyMatch(OutboxDelivery::everyRecipientRefused);
        }
        return e instanceof SendFailedException failed && everyRecipientRefused(failed);
    }

    private static boolean everyRecipientRefused(Exception e) {
        return e instanceof SendFailedException failed && failed.getValidSentAddresses() == null
                && failed.getValidUnsentAddresses() == null && failed.getInvalidAddresses() != null
                && failed.getInvalidAddresses().length > 0;
    }

    private static String reason(Exception e) {
        Throwable cause = e;
        StringBuilder reason = new StringBuilder();
        while (cause != null) {
            if (cause.getMessage() != null && !reason.toString().contains(cause.getMessage())) {
                reason.append(reason.isEmpty() ? "" : ": ").append(cause.getMessage().strip());
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return reason.isEmpty() ? e.getClass().getSimpleName() : reason.toString();
    }

    /** A message whose Message-ID is the outbox's, not one Jakarta Mail makes up when it is saved. */
    private static final class FixedIdMessage extends MimeMessage {

        private final String messageId;

        FixedIdMessage(MimeMessage session, String messageId) {
            super(session.getSession());
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
