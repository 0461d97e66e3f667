package io.autocrm.command.directory;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;

/** Refused: No custom field in use has the key (code {@code unknown-custom-field}). */
public final class UnknownCustomField extends DomainException {

    public UnknownCustomField(String detail) {
        super(ErrorCode.UNKNOWN_CUSTOM_FIELD, detail);
    }
}
