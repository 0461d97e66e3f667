package io.autocrm.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * {@link JsonRules} for Jackson 2 (Axon's serializer, so the event store and its snapshots): ids as their raw value,
 * keyed enums as their key, read back from either shape, so events stored before this rule (an id as
 * {@code {"value": …}}, an enum as its constant's name) read as they always did.
 */
public final class Jackson2Rules {

    private Jackson2Rules() {
    }

    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("autocrm-json-rules");
        JsonRules.IDS.forEach(id -> addId(module, id));
        JsonRules.KEYED_ENUMS.forEach(keyed -> addEnum(module, keyed));
        return module;
    }

    private static <T> void addId(SimpleModule module, JsonRules.IdType<T> id) {
        module.addSerializer(id.type(), new StdSerializer<T>(id.type()) {
            @Override
            public void serialize(T value, JsonGenerator json, SerializerProvider provider) throws IOException {
                json.writeString(id.write(value));
            }
        });
        module.addDeserializer(id.type(), new StdDeserializer<T>(id.type()) {
            @Override
            public T deserialize(JsonParser json, DeserializationContext context) throws IOException {
                String text = json.currentToken() == JsonToken.START_OBJECT
                        ? context.readTree(json).path("value").asText(null)
                        : json.currentToken() == JsonToken.VALUE_STRING ? json.getText() : null;
                return id.read(text).orElseThrow(() -> context.weirdStringException(String.valueOf(text), id.type(),
                        "not a UUID"));
            }
        });
    }

    private static <E extends Enum<E>> void addEnum(SimpleModule module, JsonRules.KeyedEnum<E> keyed) {
        module.addSerializer(keyed.type(), new StdSerializer<E>(keyed.type()) {
            @Override
            public void serialize(E value, JsonGenerator json, SerializerProvider provider) throws IOException {
                json.writeString(keyed.write(value));
            }
        });
        module.addDeserializer(keyed.type(), new StdDeserializer<E>(keyed.type()) {
            @Override
            public E deserialize(JsonParser json, DeserializationContext context) throws IOException {
                String text = json.currentToken() == JsonToken.VALUE_STRING ? json.getText() : null;
                return keyed.read(text).orElseThrow(() -> context.weirdStringException(String.valueOf(text),
                        keyed.type(), "not one of " + keyed.keys()));
            }
        });
    }
}
