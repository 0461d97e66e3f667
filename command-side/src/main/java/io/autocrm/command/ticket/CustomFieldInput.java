package io.autocrm.command.ticket;

import io.autocrm.command.directory.InvalidCustomFieldValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Custom field values as JSON sends them (string, number, boolean, array of those, or null to clear) turned into the
 * raw strings the custom field catalog validates. Floating-point numbers keep their shortest decimal form; send a
 * string for decimals that need more than 15 significant digits.
 */
final class CustomFieldInput {

    private CustomFieldInput() {
    }

    /** Raw values per field key in the request's order; null for an absent map, an empty list for a cleared field. */
    static Map<String, List<String>> raw(Map<String, Object> json) {
        if (json == null) {
            return null;
        }
        Map<String, List<String>> raw = new LinkedHashMap<>();
        json.forEach((key, value) -> raw.put(key, values(key, value)));
        return raw;
    }

    private static List<String> values(String key, Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            List<String> values = new ArrayList<>();
            list.forEach(element -> values.add(scalar(key, element)));
            return values;
        }
        return List.of(scalar(key, value));
    }

    private static String scalar(String key, Object value) {
        return switch (value) {
            case String text -> text;
            case Boolean bool -> bool.toString();
            case Integer number -> number.toString();
            case Long number -> number.toString();
            case BigInteger number -> number.toString();
            case BigDecimal decimal -> decimal.toPlainString();
            case Double number when Double.isFinite(number) -> BigDecimal.valueOf(number).toPlainString();
            case Float number when Float.isFinite(number) -> new BigDecimal(number.toString()).toPlainString();
            default -> throw new InvalidCustomFieldValue("Custom field "
                    + (key.matches("^[a-z][a-z0-9_]{0,63}$") ? "'" + key + "'" : "input")
                    + " takes a string, number, boolean, an array of these, or null.");
        };
    }
}
