package io.autocrm.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The event store's JSON (Jackson 2, which Axon's serializer needs): one definition for Axon's serializer, the
 * benchmark generator that writes events straight into the event store, and tests that store events themselves.
 */
public final class EventStoreJson {

    private EventStoreJson() {
    }

    /**
     * Fields, not getters, so aggregate snapshots hold the aggregate's state; ISO-8601 instants; unknown properties
     * tolerated so that older code can read newer JSON. Ids and enums keep the shape events have always been stored in
     * (an id as {@code {"value": …}}, an enum as its name), not yet {@link JsonRules}' raw values and keys.
     */
    public static ObjectMapper mapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .visibility(PropertyAccessor.GETTER, Visibility.NONE)
                .visibility(PropertyAccessor.IS_GETTER, Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, Visibility.ANY)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }
}
