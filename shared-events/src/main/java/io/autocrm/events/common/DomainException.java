package io.autocrm.events.common;

import java.util.Objects;

/**
 * A business rule said no. Carries a stable {@link ErrorCode}; the message is the human-readable detail, free of
 * personal data.
 */
public class DomainException extends RuntimeException {

    private final ErrorCode errorCode;

    public DomainException(ErrorCode errorCode, String detail) {
        super(detail);
        this.errorCode = Objects.requireNonNull(errorCode);
    }

    public ErrorCode errorCode() {
        return errorCode;
    }
}
