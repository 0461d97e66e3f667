package io.autocrm.command.macro;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;

/** Refused: a request names as its cause a macro the caller cannot see (code {@code unknown-macro}). */
final class UnknownMacro extends DomainException {

    UnknownMacro(String detail) {
        super(ErrorCode.UNKNOWN_MACRO, detail);
    }
}
