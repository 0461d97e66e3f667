package io.autocrm.events.ticket;

import java.util.List;
import java.util.Objects;

/**
 * The value of one custom field in canonical string form: integers and decimals as plain numbers, checkboxes as
 * {@code true}/{@code false}, dates as ISO-8601, dropdowns as the option key; a multi-select holds one entry per chosen
 * option, in the definition's order. Every other type holds exactly one entry.
 */
public record CustomFieldValue(String fieldKey, FieldType type, List<String> values) {

    public CustomFieldValue {
        Objects.requireNonNull(fieldKey, "fieldKey");
        Objects.requireNonNull(type, "type");
        values = List.copyOf(values);
    }

    public static CustomFieldValue single(String fieldKey, FieldType type, String value) {
        return new CustomFieldValue(fieldKey, type, List.of(value));
    }
}
