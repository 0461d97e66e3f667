package io.autocrm.channels.mail.inbound;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import java.util.UUID;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The inbound webhook: a mail provider that forwards received mail over HTTP posts each mail here as it arrived
 * (raw RFC 5322, {@code Content-Type: message/rfc822}), with an API key holding {@code mail:inbound}. The mail is
 * taken in exactly as one read from the mailbox: posting it again changes nothing and answers the same outcome.
 * A mail that is accepted (even quarantined or ignored) answers 200, so the provider does not send it again.
 */
@RestController
class InboundMailController {

    private final MailIngest ingest;

    InboundMailController(MailIngest ingest) {
        this.ingest = ingest;
    }

    @Operation(summary = "Receive a mail (raw RFC 5322 as message/rfc822; API key scope mail:inbound)",
            requestBody = @RequestBody(content = @Content(mediaType = "message/rfc822")))
    @PostMapping(path = "/api/v1/mail/inbound", consumes = "message/rfc822")
    Received receive(@org.springframework.web.bind.annotation.RequestBody byte[] raw) {
        if (raw == null || raw.length == 0) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "The request body is the mail: it is empty.");
        }
        MailIngest.Outcome outcome = ingest.ingest(raw, "webhook");
        return new Received(outcome.mailId(), outcome.state(), outcome.reason(), outcome.ticketId(),
                outcome.repeated());
    }

    /**
     * What became of the mail.
     *
     * @param state    ticket-created, message-added, side-message-added, ignored or quarantined
     * @param repeated true when this mail had been received before (nothing changed now)
     */
    record Received(UUID id, String state, String reason, UUID ticketId, boolean repeated) {
    }
}
