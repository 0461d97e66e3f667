package io.autocrm.command.macro;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;

/** Refused: a macro's text names a placeholder AutoCRM cannot fill (code {@code unknown-placeholder}). */
final class UnknownPlaceholder extends DomainException {

    UnknownPlaceholder(String detail) {
        super(ErrorCode.UNKNOWN_PLACEHOLDER, detail);
    }
}
