package io.autocrm.json;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;
import tools.jackson.databind.type.LogicalType;

/** {@link JsonRules} for Jackson 3 (the web layer), and the strict rules for request bodies. */
public final class Jackson3Rules {

    /**
     * The instants a request body may hold: years 1 to 9999, as in filters and cursors. Java's instants and
     * PostgreSQL's timestamps reach much further, but not equally far (an expiry in the year 292278994 is a Java
     * instant that no {@code timestamptz} holds); beyond these years no helpdesk date applies.
     */
    public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    private Jackson3Rules() {
    }

    /** Ids as their raw value, keyed enums as their key, read back from either shape. */
    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("autocrm-json-rules");
        JsonRules.IDS.forEach(id -> addId(module, id));
        JsonRules.KEYED_ENUMS.forEach(keyed -> addEnum(module, keyed));
        return module;
    }

    /**
     * Request bodies mean exactly what they say: a property named twice, a number or a string where a boolean belongs
     * ({@code {"customerSignup": -1}}), a number or boolean where a string belongs, a string or fraction where a whole
     * number belongs, or a string holding a NUL character (which no PostgreSQL text can hold) is refused, never
     * coerced; so is an instant outside {@link #EARLIEST} and {@link #LATEST}.
     */
    public static JsonMapper.Builder strict(JsonMapper.Builder builder) {
        return builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(LogicalType.Boolean, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, config -> config
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Float, config -> config
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .addModule(new SimpleModule("autocrm-strict-strings")
                        .addDeserializer(String.class, new NulFreeStrings())
                        .addDeserializer(Object.class, new NulFreeValues())
                        .addDeserializer(Instant.class, new ClientInstants())
                        .addKeyDeserializer(String.class, new NulFreeKeys()));
    }

    private static <T> void addId(SimpleModule module, JsonRules.IdType<T> id) {
        module.addSerializer(id.type(), new StdSerializer<T>(id.type()) {
            @Override
            public void serialize(T value, JsonGenerator json, SerializationContext context) {
                json.writeString(id.write(value));
            }
        });
        module.addDeserializer(id.type(), new StdDeserializer<T>(id.type()) {
            @Override
            public T deserialize(JsonParser json, DeserializationContext context) {
                String text = json.currentToken() == JsonToken.START_OBJECT
                        ? context.readTree(json).path("value").asString(null)
                        : json.currentToken() == JsonToken.VALUE_STRING ? json.getString() : null;
                return id.read(text).orElseThrow(() -> context.weirdStringException(String.valueOf(text), id.type(),
                        "not a UUID"));
            }
        });
    }

    private static <E extends Enum<E>> void addEnum(SimpleModule module, JsonRules.KeyedEnum<E> keyed) {
        module.addSerializer(keyed.type(), new StdSerializer<E>(keyed.type()) {
            @Override
            public void serialize(E value, JsonGenerator json, SerializationContext context) {
                json.writeString(keyed.write(value));
            }
        });
        module.addDeserializer(keyed.type(), new StdDeserializer<E>(keyed.type()) {
            @Override
            public E deserialize(JsonParser json, DeserializationContext context) {
                String text = json.currentToken() == JsonToken.VALUE_STRING ? json.getString() : null;
                return keyed.read(text).orElseThrow(() -> context.weirdStringException(String.valueOf(text),
                        keyed.type(), "not one of " + keyed.keys()));
            }
        });
    }

    /** ISO-8601 instants, as Jackson reads them, within {@link #EARLIEST} and {@link #LATEST}. */
    private static final class ClientInstants extends StdDeserializer<Instant> {

        ClientInstants() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser json, DeserializationContext context) {
            Instant instant = InstantDeserializer.INSTANT.deserialize(json, context);
            if (instant != null && (instant.isBefore(EARLIEST) || instant.isAfter(LATEST))) {
                throw context.weirdStringException(instant.toString(), Instant.class, "not within the years 1 to 9999");
            }
            return instant;
        }
    }

    /**
     * Values of any JSON type where the target is {@code Object} (custom field values): the maps, lists, strings,
     * numbers and booleans Jackson would make, with every string and property name checked for a NUL character.
     */
    private static final class NulFreeValues extends StdDeserializer<Object> {

        NulFreeValues() {
            super(Object.class);
        }

        @Override
        public Object deserialize(JsonParser json, DeserializationContext context) {
            return plain(context.readTree(json), context);
        }

        private static Object plain(JsonNode node, DeserializationContext context) {
            if (node.isObject()) {
                Map<String, Object> members = new LinkedHashMap<>();
                node.properties().forEach(member -> members.put(checked(member.getKey(), context),
                        plain(member.getValue(), context)));
                return members;
            }
            if (node.isArray()) {
                List<Object> items = new ArrayList<>();
                node.values().forEach(item -> items.add(plain(item, context)));
                return items;
            }
            if (node.isString()) {
                return checked(node.asString(), context);
            }
            return node.isNumber() ? node.numberValue() : node.isBoolean() ? (Object) node.booleanValue() : null;
        }

        private static String checked(String text, DeserializationContext context) {
            if (text.indexOf('\0') >= 0) {
                throw context.weirdStringException(text.replace('\0', ' '), String.class,
                        "contains a NUL character (\\u0000)");
            }
            return text;
        }
    }

    /** Property names of maps, refused when they hold a NUL character. */
    private static final class NulFreeKeys extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) {
            if (key != null && key.indexOf('\0') >= 0) {
                throw context.weirdKeyException(String.class, key.replace('\0', ' '),
                        "contains a NUL character (\\u0000)");
            }
            return key;
        }
    }

    /** Strings as Jackson reads them (with the coercion rules above), refused when they hold a NUL character. */
    private static final class NulFreeStrings extends StdDeserializer<String> {

        NulFreeStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser json, DeserializationContext context) {
            String text = StringDeserializer.instance.deserialize(json, context);
            if (text != null && text.indexOf('\0') >= 0) {
                throw context.weirdStringException(text.replace('\0', ' '), String.class,
                        "contains a NUL character (\\u0000)");
            }
            return text;
        }
    }
}
