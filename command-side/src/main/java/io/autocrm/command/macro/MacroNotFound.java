package io.autocrm.command.macro;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;

/** Refused: no macro the caller may see has the id in the path (code {@code macro-not-found}). */
final class MacroNotFound extends DomainException {

    MacroNotFound(Object id) {
        super(ErrorCode.MACRO_NOT_FOUND, "No macro has id " + id + ".");
    }
}
