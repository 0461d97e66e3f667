package io.autocrm.command.ticket;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;

/** Refused: An Idempotency-Key came back with a different request (code {@code idempotency-key-reused}). */
public final class IdempotencyKeyReused extends DomainException {

    public IdempotencyKeyReused(String detail) {
        super(ErrorCode.IDEMPOTENCY_KEY_REUSED, detail);
    }
}
