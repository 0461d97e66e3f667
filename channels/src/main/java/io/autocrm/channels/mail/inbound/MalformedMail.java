package io.autocrm.channels.mail.inbound;

/** A mail that cannot be read into a ticket: it is quarantined with this reason. */
class MalformedMail extends RuntimeException {

    MalformedMail(String reason, Throwable cause) {
        super(reason, cause);
    }
}
