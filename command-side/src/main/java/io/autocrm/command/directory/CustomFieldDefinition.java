package io.autocrm.command.directory;

import io.autocrm.events.ticket.CustomFieldValue;
import io.autocrm.events.ticket.FieldType;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An admin-defined custom field: its key, label, type, the options of a dropdown or multi-select, and the pattern of
 * a regex field. Turns raw input into the canonical {@link CustomFieldValue} the ticket events carry.
 * {@code customerVisible} fields are shown to customers on their tickets, and customers may fill them in when they
 * open one; every other field is staff-only. A {@code required} field (while active) must have a value before a
 * ticket is solved or closed, and, when customer-visible, when a customer opens a ticket.
 */
public record CustomFieldDefinition(String key, String label, FieldType type, List<FieldOption> options,
                                    String pattern, boolean active, int position, boolean customerVisible,
                                    boolean required) {

    public CustomFieldDefinition {
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** A field that is not required. */
    public CustomFieldDefinition(String key, String label, FieldType type, List<FieldOption> options, String pattern,
                                 boolean active, int position, boolean customerVisible) {
        this(key, label, type, options, pattern, active, position, customerVisible, false);
    }

    /**
     * The canonical value of raw input: one string per value, as clients send them. No values, a single null or a
     * single empty string mean "no value", which is returned as a value with an empty list.
     *
     * @throws InvalidCustomFieldValue when the input does not fit the field's type
     */
    public CustomFieldValue canonicalize(List<String> raw) {
        if (isClear(raw)) {
            return new CustomFieldValue(key, type, List.of());
        }
        List<String> present = raw.stream().filter(v -> v != null && !v.isEmpty()).toList();
        return new CustomFieldValue(key, type, FieldValues.canonical(this, present));
    }

    /** Whether raw input means "no value": null, no values, or only nulls and empty strings. */
    public static boolean isClear(List<String> raw) {
        return raw == null || raw.stream().allMatch(v -> v == null || v.isEmpty());
    }

    /** The option keys in definition order. */
    List<String> optionKeys() {
        return options.stream().map(FieldOption::key).toList();
    }

    /** A regex field's pattern, compiled once for all its values. */
    Pattern compiledPattern() {
        return TimedRegex.compiled(pattern);
    }

    InvalidCustomFieldValue invalid(String expectation) {
        return new InvalidCustomFieldValue("Custom field '" + key + "' expects " + expectation + ".");
    }
}
