package io.autocrm.command.directory;

import io.autocrm.events.ticket.CustomFieldValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The custom field definitions; validates raw ticket input against them. */
public interface CustomFieldCatalog {

    /** The definition of a field key, active or not. */
    Optional<CustomFieldDefinition> find(String key);

    /** The active fields marked required, in form order; inactive fields never count. */
    List<CustomFieldDefinition> required();

    /**
     * The canonical value of raw input for a field (an empty value list means "no value"). A deactivated field may
     * only be cleared.
     *
     * @throws UnknownCustomField for an unknown or deactivated field; InvalidCustomFieldValue when
     *                         the input does not fit the field's type
     */
    default CustomFieldValue canonicalize(String key, List<String> raw) {
        CustomFieldDefinition field = (key == null ? Optional.<CustomFieldDefinition>empty() : find(key))
                .orElseThrow(() -> unknown(key));
        if (!field.active()) {
            if (CustomFieldDefinition.isClear(raw)) {
                return new CustomFieldValue(field.key(), field.type(), List.of());
            }
            throw unknown(key);
        }
        return field.canonicalize(raw);
    }

    /**
     * The canonical values of raw input for several fields, in the input's order; clearing values included.
     *
     * @see #canonicalize(String, List)
     */
    default List<CustomFieldValue> canonicalizeAll(Map<String, List<String>> raw) {
        if (raw == null) {
            return List.of();
        }
        return raw.entrySet().stream().map(entry -> canonicalize(entry.getKey(), entry.getValue())).toList();
    }

    private static UnknownCustomField unknown(String key) {
        return new UnknownCustomField(key != null && key.matches(CustomFields.KEY_PATTERN)
                ? "No custom field in use has key '" + key + "'." : "No custom field in use has this key.");
    }
}
