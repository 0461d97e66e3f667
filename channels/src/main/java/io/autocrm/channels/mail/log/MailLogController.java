package io.autocrm.channels.mail.log;

import io.autocrm.channels.mail.MailProperties;
import io.autocrm.channels.mail.MailServers;
import io.autocrm.channels.mail.inbound.ImapMailbox;
import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import io.autocrm.events.common.InvalidInput;
import io.autocrm.events.common.TicketId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The mail log: for admins every mail sent and received (with the mailbox's state and how to connect to the embedded
 * server), for agents a ticket's mail. Originals are served as {@code message/rfc822} attachments, never rendered.
 */
@RestController
class MailLogController {

    private static final MediaType RFC822 = new MediaType("message", "rfc822");
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 200;
    private final MailLog log;
    private final MailProperties properties;
    private final MailServers servers;
    private final ImapMailbox mailbox;

    MailLogController(MailLog log, MailProperties properties, MailServers servers, ImapMailbox mailbox) {
        this.log = log;
        this.properties = properties;
        this.servers = servers;
        this.mailbox = mailbox;
    }

    @Operation(summary = "Mail sent and to send, newest first, with delivery states (admin)")
    @GetMapping("/api/v1/admin/mail/outbox")
    MailLog.Page<MailLog.SentMail> outbox(
            @Parameter(description = "queued, sending, sent, failed or cancelled") @RequestParam(required = false) String state,
            @Parameter(description = "A page's nextCursor") @RequestParam(required = false) String cursor,
            @Parameter(description = "1-200, default 50") @RequestParam(required = false) String limit) {
        return log.sent(blankToNull(state), null, cursor, limit(limit));
    }

    @Operation(summary = "Send a failed or cancelled mail again (admin)")
    @PostMapping("/api/v1/admin/mail/outbox/{id}/retry")
    ResponseEntity<Void> retry(@PathVariable("id") String id) {
        log.retry(mailId(id));
        return ResponseEntity.accepted().build();
    }

    @Operation(summary = "Mail received, newest first: what became of each, and why (admin)")
    @GetMapping("/api/v1/admin/mail/inbound")
    MailLog.Page<MailLog.ReceivedMail> inbound(
            @Parameter(description = "ticket-created, message-added, side-message-added, ignored or quarantined")
            @RequestParam(required = false) String state,
            @Parameter(description = "A page's nextCursor") @RequestParam(required = false) String cursor,
            @Parameter(description = "1-200, default 50") @RequestParam(required = false) String limit) {
        return log.received(blankToNull(state), null, cursor, limit(limit));
    }

    @Operation(summary = "The original of a received mail, as it arrived (admin)")
    @GetMapping("/api/v1/admin/mail/inbound/{id}/original")
    ResponseEntity<byte[]> original(@PathVariable("id") String id) {
        return originalOf(mailId(id), null);
    }

    @Operation(summary = "The e-mail channel: addresses, servers, the mailbox's state, mail per state (admin)")
    @GetMapping("/api/v1/admin/mail/status")
    MailStatus status() {
        ImapMailbox.Status reading = mailbox.status();
        return new MailStatus(properties.enabled(), properties.address(), servers.embedded(),
                servers.howToConnect().orElse(null), mailbox.reads(), reading.lastRead(), reading.lastError(),
                reading.lastErrorAt(), log.outboxCounts(), log.inboundCounts());
    }

    @Operation(summary = "A ticket's mail: what it received (how each was matched) and sent (delivery states); staff")
    @GetMapping("/api/v1/tickets/{id}/mail")
    TicketMail ticketMail(@PathVariable("id") TicketId ticketId) {
        return new TicketMail(log.received(null, ticketId.value(), null, MAX_LIMIT).items(),
                log.sent(null, ticketId.value(), null, MAX_LIMIT).items());
    }

    @Operation(summary = "The original of a mail the ticket received, as it arrived; staff")
    @GetMapping("/api/v1/tickets/{id}/mail/{mailId}/original")
    ResponseEntity<byte[]> ticketOriginal(@PathVariable("id") TicketId ticketId, @PathVariable("mailId") String id) {
        return originalOf(mailId(id), ticketId.value());
    }

    /**
     * The e-mail channel's state.
     *
     * @param embedded     whether AutoCRM runs its own mail server (the default run)
     * @param howToConnect how a mail client reaches the embedded server; null when it does not run
     * @param readsMailbox whether a support mailbox is read over IMAP
     */
    record MailStatus(boolean enabled, String address, boolean embedded, String howToConnect, boolean readsMailbox,
                      Instant lastRead, String lastError, Instant lastErrorAt, List<MailLog.MailCount> outbox,
                      List<MailLog.MailCount> inbound) {
    }

    /** A ticket's mail, newest first (at most 200 each way). */
    record TicketMail(List<MailLog.ReceivedMail> received, List<MailLog.SentMail> sent) {
    }

    private ResponseEntity<byte[]> originalOf(UUID id, UUID ticketId) {
        byte[] raw = log.original(id, ticketId).orElseThrow(() -> notFound(id.toString()));
        return ResponseEntity.ok().contentType(RFC822)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("mail-" + id + ".eml").build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(raw);
    }

    private static UUID mailId(String raw) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw notFound(raw);
        }
    }

    private static DomainException notFound(String id) {
        return new DomainException(ErrorCode.MAIL_NOT_FOUND, "No mail has the id '"
                + (id.length() > 40 ? id.substring(0, 40) + "…" : id) + "'.");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static int limit(String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(raw.strip());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInput("limit is a whole number from 1 to " + MAX_LIMIT + ".");
    }
}
