package io.autocrm.query.access;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the customer view may show, as the directory defines it now: the label of every status and the keys of the
 * custom fields marked {@code customer_visible}. Read once per request (or per batch of live changes).
 */
public record CustomerViewRules(Map<String, String> statusLabels, Set<String> visibleFieldKeys) {

    public CustomerViewRules {
        statusLabels = Map.copyOf(statusLabels);
        visibleFieldKeys = Set.copyOf(visibleFieldKeys);
    }

    /** The label of a status key; the key itself when the directory does not know it. */
    public String statusLabel(String statusKey) {
        return statusLabels.getOrDefault(statusKey, statusKey);
    }

    public boolean fieldVisible(String fieldKey) {
        return visibleFieldKeys.contains(fieldKey);
    }

    /** Only the customer-visible entries of {@code {key: values}}, keys sorted. */
    public Map<String, List<String>> visibleFields(Map<String, List<String>> fields) {
        Map<String, List<String>> visible = new TreeMap<>();
        fields.forEach((key, values) -> {
            if (fieldVisible(key)) {
                visible.put(key, values);
            }
        });
        return visible;
    }
}
