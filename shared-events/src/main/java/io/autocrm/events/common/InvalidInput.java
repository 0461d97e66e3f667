package io.autocrm.events.common;

/**
 * Refused: a field, parameter or header is missing, malformed or out of its bounds (code {@code validation-failed}).
 * The detail names what was wrong, for the client.
 */
public final class InvalidInput extends DomainException {

    public InvalidInput(String detail) {
        super(ErrorCode.VALIDATION_FAILED, detail);
    }
}
