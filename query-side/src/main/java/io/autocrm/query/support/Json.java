package io.autocrm.query.support;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** JSON for {@code jsonb} columns (Jackson 3, like the HTTP layer). */
public final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final TypeReference<Map<String, List<String>>> FIELDS = new TypeReference<>() {
    };
    private static final TypeReference<List<Map<String, Object>>> LIST_OF_OBJECTS = new TypeReference<>() {
    };

    private Json() {
    }

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    public static <T> T read(String json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }

    /** Custom field values {@code {key: [values]}}, keys sorted. */
    public static Map<String, List<String>> customFields(String json) {
        return json == null ? new TreeMap<>() : new TreeMap<>(MAPPER.readValue(json, FIELDS));
    }

    public static List<Map<String, Object>> listOfObjects(String json) {
        return json == null ? List.of() : MAPPER.readValue(json, LIST_OF_OBJECTS);
    }
}
