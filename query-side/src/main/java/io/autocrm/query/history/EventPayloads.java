package io.autocrm.query.history;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Turns an event record into plain API data: records become maps of their components (in declaration order), id
 * records (one component named {@code value}) their raw value, enums their {@code key()}, collections lists.
 * Independent of any JSON library's idea of records and enums, so the API shape stays the contract's.
 */
final class EventPayloads {

    private EventPayloads() {
    }

    static Map<String, Object> of(Record event) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (RecordComponent component : event.getClass().getRecordComponents()) {
            fields.put(component.getName(), plain(read(component.getAccessor(), event)));
        }
        return fields;
    }

    static Object plain(Object value) {
        return switch (value) {
            case null -> null;
            case String s -> s;
            case Number n -> n;
            case Boolean b -> b;
            case UUID id -> id.toString();
            case Instant at -> at;
            case Enum<?> e -> key(e);
            case Collection<?> items -> items.stream().map(EventPayloads::plain).toList();
            case Map<?, ?> map -> plainMap(map);
            case Record r when isId(r) -> String.valueOf(read(r.getClass().getRecordComponents()[0].getAccessor(), r));
            case Record r -> of(r);
            default -> value.toString();
        };
    }

    private static Map<String, Object> plainMap(Map<?, ?> map) {
        Map<String, Object> plain = new LinkedHashMap<>();
        map.forEach((k, v) -> plain.put(String.valueOf(k), plain(v)));
        return plain;
    }

    private static boolean isId(Record r) {
        RecordComponent[] components = r.getClass().getRecordComponents();
        return components.length == 1 && components[0].getName().equals("value");
    }

    private static String key(Enum<?> e) {
        try {
            Method key = e.getDeclaringClass().getMethod("key");
            return String.valueOf(key.invoke(e));
        } catch (NoSuchMethodException ex) {
            return e.name();
        } catch (IllegalAccessException | InvocationTargetException ex) {
            throw new IllegalStateException("cannot read the key of " + e, ex);
        }
    }

    private static Object read(Method accessor, Object target) {
        try {
            return accessor.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor, e);
        }
    }
}
