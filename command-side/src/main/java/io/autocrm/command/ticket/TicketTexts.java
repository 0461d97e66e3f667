package io.autocrm.command.ticket;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;

/** Limits of ticket texts: a subject of at most 250 characters, message bodies of at most 65,536 (as sent). */
final class TicketTexts {

    static final int MAX_SUBJECT = 250;
    static final int MAX_BODY = 65_536;

    private TicketTexts() {
    }

    static String subject(String subject) {
        if (subject == null || subject.isBlank() || subject.strip().length() > MAX_SUBJECT) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED,
                    "A subject is required and has at most " + MAX_SUBJECT + " characters.");
        }
        return subject.strip();
    }

    /** A message body as sent, in its format: plain text, or HTML that is sanitised here. */
    static MessageBody body(String body, String format) {
        if (body == null || body.isBlank() || body.length() > MAX_BODY) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED,
                    "A message body is required and has at most " + MAX_BODY + " characters.");
        }
        return MessageBody.of(format, body);
    }
}
