package io.autocrm.command.ticket;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Refused: a custom field marked required has no value (code {@code required-field-missing}); the detail names the
 * fields' keys.
 */
public final class RequiredFieldMissing extends DomainException {

    private RequiredFieldMissing(String detail) {
        super(ErrorCode.REQUIRED_FIELD_MISSING, detail);
    }

    /** Solving or closing a ticket while required fields have no value. */
    static RequiredFieldMissing toSolve(List<String> keys) {
        return new RequiredFieldMissing(fields(keys) + " before the ticket can be solved or closed.");
    }

    /** A customer opening a ticket without the required fields they see. */
    static RequiredFieldMissing toOpen(List<String> keys) {
        return new RequiredFieldMissing(fields(keys) + " to open a ticket.");
    }

    private static String fields(List<String> keys) {
        String named = keys.stream().map(key -> "'" + key + "'").collect(Collectors.joining(", "));
        return (keys.size() == 1 ? "Required custom field " + named + " needs a value"
                : "Required custom fields " + named + " need values");
    }
}
