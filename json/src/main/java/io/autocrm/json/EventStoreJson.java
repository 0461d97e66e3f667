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
     * tolerated so that older code can read newer JSON; ids and keyed enums by {@link JsonRules} (raw values and keys,
     * while events stored earlier as {@code {"value": …}} and enum names still read).
     */
    public static ObjectMapper mapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(Jackson2Rules.module())
                .visibility(PropertyAccessor.GETTER, Visibility.NONE)
                .visibility(PropertyAccessor.IS_GETTER, Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, Visibility.ANY)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }
}
