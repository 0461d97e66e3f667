package io.autocrm.query.audit;

import java.util.LinkedHashMap;
import java.util.Map;

/** One changed field of an audit entry: its name, old value and new value (null when absent). */
record Change(String field, Object from, Object to) {

    Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("field", field);
        map.put("from", from);
        map.put("to", to);
        return map;
    }
}
