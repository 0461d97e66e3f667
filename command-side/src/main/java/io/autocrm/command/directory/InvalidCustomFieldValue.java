package io.autocrm.command.directory;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;

/** Refused: A value does not fit its custom field (code {@code invalid-custom-field-value}). */
public final class InvalidCustomFieldValue extends DomainException {

    public InvalidCustomFieldValue(String detail) {
        super(ErrorCode.INVALID_CUSTOM_FIELD_VALUE, detail);
    }
}
