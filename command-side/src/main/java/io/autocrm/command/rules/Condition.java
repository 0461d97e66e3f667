package io.autocrm.command.rules;

import java.util.List;

/**
 * One test of a ticket: a {@code field} (see {@link ConditionField}; a custom field is {@code field:<key>}), an
 * {@code operator} the field allows, and the values it compares with (none for {@code present} / {@code absent}).
 */
public record Condition(String field, String operator, List<String> values) {

    public Condition {
        values = values == null ? List.of() : List.copyOf(values);
    }

    public static Condition of(String field, String operator, String... values) {
        return new Condition(field, operator, List.of(values));
    }

    /** The condition as people read it, e.g. {@code priority at-least high}. */
    @Override
    public String toString() {
        return values.isEmpty() ? field + " " + operator : field + " " + operator + " " + String.join(", ", values);
    }
}
