package io.autocrm.command.directory;

import io.autocrm.events.common.InvalidInput;
import io.autocrm.events.ticket.FieldType;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The rules of admin-made definitions: labels, custom field types, options and patterns. */
final class DefinitionRules {

    static final int MAX_LABEL = 200;
    static final int MAX_PATTERN = 1_000;
    static final int MAX_POSITION = 10_000;
    private static final String OPTION_KEY_PATTERN = "^[a-z0-9][a-z0-9_:.-]{0,63}$";

    private DefinitionRules() {
    }

    /** A trimmed, non-blank label of at most 200 characters. */
    static String label(String label) {
        if (label == null || label.isBlank() || label.trim().length() > MAX_LABEL) {
            throw failed("A label is required and has at most " + MAX_LABEL + " characters.");
        }
        return label.trim();
    }

    /** A list position, when one is given, is 0-10000. */
    static void position(Integer position) {
        if (position != null && (position < 0 || position > MAX_POSITION)) {
            throw failed("A position is a whole number from 0 to " + MAX_POSITION + ".");
        }
    }

    static FieldType type(String key) {
        return Arrays.stream(FieldType.values()).filter(t -> t.key().equals(key)).findFirst().orElseThrow(
                () -> failed("A field type is one of text, number, decimal, checkbox, date, dropdown, multi-select, regex."));
    }

    /** Options are required, with unique keys, for choice fields, and refused for every other type. */
    static List<FieldOption> options(FieldType type, List<FieldOption> options) {
        boolean choice = type == FieldType.DROPDOWN || type == FieldType.MULTI_SELECT;
        List<FieldOption> given = options == null ? List.of() : options;
        if (!choice) {
            if (!given.isEmpty()) {
                throw failed("Only dropdown and multi-select fields have options.");
            }
            return List.of();
        }
        if (given.isEmpty()) {
            throw failed("A " + type.key() + " field needs at least one option.");
        }
        Set<String> keys = new HashSet<>();
        return given.stream().map(option -> option(option, keys)).toList();
    }

    /** A compiling pattern is required for regex fields and refused for every other type. */
    static String pattern(FieldType type, String pattern) {
        if (type != FieldType.REGEX) {
            if (pattern != null) {
                throw failed("Only regex fields have a pattern.");
            }
            return null;
        }
        if (pattern == null || pattern.isEmpty() || pattern.length() > MAX_PATTERN) {
            throw failed("A regex field needs a pattern of at most " + MAX_PATTERN + " characters.");
        }
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            throw failed("The pattern is not a valid regular expression: " + e.getDescription() + ".");
        }
        return pattern;
    }

    private static FieldOption option(FieldOption option, Set<String> seenKeys) {
        if (option == null || option.key() == null || !option.key().matches(OPTION_KEY_PATTERN)) {
            throw failed("An option key is 1-64 lowercase letters, digits, '_', ':', '.' or '-'.");
        }
        if (!seenKeys.add(option.key())) {
            throw failed("Option key '" + option.key() + "' appears more than once.");
        }
        return new FieldOption(option.key(), label(option.label()));
    }

    static InvalidInput failed(String detail) {
        return new InvalidInput(detail);
    }
}
