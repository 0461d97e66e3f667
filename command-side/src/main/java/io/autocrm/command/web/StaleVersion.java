package io.autocrm.command.web;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;

/**
 * Refused: the version a change was conditional on ({@code If-Match}) is stale, someone changed the ticket since
 * (code {@code version-conflict}). Axon reports it as a {@code ConflictingModificationException}; the
 * {@link CommandErrorInterceptor} names it so.
 */
public final class StaleVersion extends DomainException {

    public StaleVersion() {
        super(ErrorCode.VERSION_CONFLICT,
                "The ticket was changed by someone else since the version you sent; read it again and retry.");
    }
}
