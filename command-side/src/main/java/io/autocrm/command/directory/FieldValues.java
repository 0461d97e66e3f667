package io.autocrm.command.directory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The canonical string forms of custom field values, one rule per {@link io.autocrm.events.ticket.FieldType}. */
final class FieldValues {

    static final int MAX_TEXT = 10_000;
    private static final int MAX_DECIMAL_DIGITS = 38;

    private FieldValues() {
    }

    /** Canonical values of non-empty raw input; throws the definition's INVALID_CUSTOM_FIELD_VALUE otherwise. */
    static List<String> canonical(CustomFieldDefinition field, List<String> raw) {
        if (field.type().multiValued()) {
            return multiSelect(field, raw);
        }
        if (raw.size() != 1) {
            throw field.invalid("a single value");
        }
        String value = raw.getFirst();
        return List.of(switch (field.type()) {
            case TEXT -> text(field, value);
            case NUMBER -> integer(field, value);
            case DECIMAL -> decimal(field, value);
            case CHECKBOX -> checkbox(field, value);
            case DATE -> date(field, value);
            case DROPDOWN -> option(field, value);
            case REGEX -> matching(field, value);
            case MULTI_SELECT -> throw new IllegalStateException("multi-valued");
        });
    }

    private static String text(CustomFieldDefinition field, String value) {
        if (value.length() > MAX_TEXT) {
            throw field.invalid("text of at most " + MAX_TEXT + " characters");
        }
        return value;
    }

    private static String integer(CustomFieldDefinition field, String value) {
        try {
            return Long.toString(new BigDecimal(value.trim()).longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            throw field.invalid("an integer");
        }
    }

    private static String decimal(CustomFieldDefinition field, String value) {
        try {
            BigDecimal number = new BigDecimal(value.trim()).stripTrailingZeros();
            if (number.precision() > MAX_DECIMAL_DIGITS || Math.abs(number.scale()) > MAX_DECIMAL_DIGITS) {
                throw field.invalid("a decimal number of at most " + MAX_DECIMAL_DIGITS + " digits");
            }
            return number.toPlainString();
        } catch (NumberFormatException e) {
            throw field.invalid("a decimal number");
        }
    }

    private static String checkbox(CustomFieldDefinition field, String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> "true";
            case "false" -> "false";
            default -> throw field.invalid("true or false");
        };
    }

    private static String date(CustomFieldDefinition field, String value) {
        String trimmed = value.trim();
        try {
            if (trimmed.length() == 10) {
                return LocalDate.parse(trimmed).toString();
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw field.invalid("a date as yyyy-MM-dd");
    }

    private static String option(CustomFieldDefinition field, String value) {
        if (!field.optionKeys().contains(value.trim())) {
            throw field.invalid("one of the options " + field.optionKeys());
        }
        return value.trim();
    }

    private static List<String> multiSelect(CustomFieldDefinition field, List<String> raw) {
        Set<String> chosen = new LinkedHashSet<>();
        for (String value : raw) {
            chosen.add(option(field, value));
        }
        return field.optionKeys().stream().filter(chosen::contains).toList();
    }

    private static String matching(CustomFieldDefinition field, String value) {
        try {
            if (value.length() > MAX_TEXT || !TimedRegex.matchesFully(field.compiledPattern(), value)) {
                throw field.invalid("a value matching its pattern");
            }
        } catch (TimedRegex.MatchRanOutOfTime e) {
            throw field.invalid("a value its pattern can check within " + TimedRegex.BUDGET.toMillis() + " ms");
        }
        return value;
    }
}
