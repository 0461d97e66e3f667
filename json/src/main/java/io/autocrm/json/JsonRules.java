package io.autocrm.json;

import io.autocrm.access.Role;
import io.autocrm.access.Scope;
import io.autocrm.events.agent.AgentStatus;
import io.autocrm.events.common.ActorType;
import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.Channel;
import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.OrganisationId;
import io.autocrm.events.common.TeamId;
import io.autocrm.events.common.TicketId;
import io.autocrm.events.ticket.FieldType;
import io.autocrm.events.ticket.Priority;
import io.autocrm.events.ticket.StatusCategory;
import io.autocrm.events.ticket.TicketType;
import java.lang.reflect.InvocationTargetException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The rules every AutoCRM JSON mapper follows, whatever its Jackson: each id record of the contract is its raw UUID, each
 * keyed enum its {@code key()}. Reading also accepts what earlier writers produced: an id as the object
 * {@code {"value": "<uuid>"}}, an enum as its constant's name. The Jackson 3 module of the web layer
 * ({@link Jackson3Rules}), the Jackson 2 module of the event store ({@link Jackson2Rules}, through
 * {@link EventStoreJson}) and the id converter of request parameters are generated from these two lists.
 */
public final class JsonRules {

    /** Every id record of the contract. */
    public static final List<IdType<?>> IDS = List.of(
            new IdType<>(TicketId.class, TicketId::new, TicketId::value),
            new IdType<>(CustomerId.class, CustomerId::new, CustomerId::value),
            new IdType<>(AgentId.class, AgentId::new, AgentId::value),
            new IdType<>(TeamId.class, TeamId::new, TeamId::value),
            new IdType<>(OrganisationId.class, OrganisationId::new, OrganisationId::value),
            new IdType<>(MessageId.class, MessageId::new, MessageId::value));

    /** Every enum of the contract that names its constants by a key. */
    public static final List<KeyedEnum<?>> KEYED_ENUMS = List.of(
            new KeyedEnum<>(Channel.class), new KeyedEnum<>(ActorType.class), new KeyedEnum<>(Priority.class),
            new KeyedEnum<>(TicketType.class), new KeyedEnum<>(StatusCategory.class), new KeyedEnum<>(FieldType.class),
            new KeyedEnum<>(Role.class), new KeyedEnum<>(Scope.class), new KeyedEnum<>(AgentStatus.class));

    private JsonRules() {
    }

    /** The id type of a class, if it is one of the contract's ids. */
    public static Optional<IdType<?>> idType(Class<?> type) {
        return IDS.stream().filter(id -> id.type() == type).findFirst();
    }

    /**
     * The id a raw UUID names (surrounding blanks ignored), made by {@code make}; empty for anything that is not a
     * UUID. The one rule for reading ids from text, in JSON and in request parameters alike.
     */
    public static <T> Optional<T> readId(String text, Function<UUID, T> make) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(make.apply(UUID.fromString(text.trim())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** An id record: how to make one from its raw value and how to read that value back. */
    public record IdType<T>(Class<T> type, Function<UUID, T> make, Function<T, UUID> raw) {

        /** The raw value of an id of this type. */
        public String write(Object id) {
            return raw.apply(type.cast(id)).toString();
        }

        /** The id named by a raw UUID; empty for anything that is not a UUID. */
        public Optional<T> read(String text) {
            return readId(text, make);
        }
    }

    /** An enum written as its constants' {@code key()}. */
    public static final class KeyedEnum<E extends Enum<E>> {

        private final Class<E> type;
        private final Map<E, String> keys = new LinkedHashMap<>();
        private final Map<String, E> byText = new LinkedHashMap<>();

        KeyedEnum(Class<E> type) {
            this.type = type;
            for (E constant : type.getEnumConstants()) {
                String key = keyOf(constant);
                keys.put(constant, key);
                byText.put(key, constant);
                byText.putIfAbsent(constant.name(), constant);
            }
        }

        public Class<E> type() {
            return type;
        }

        public String write(Object constant) {
            return keys.get(type.cast(constant));
        }

        /** The constant of a key (or, as earlier writers stored it, of a name); empty for anything else. */
        public Optional<E> read(String text) {
            return Optional.ofNullable(text == null ? null : byText.get(text));
        }

        /** The keys, for a message naming what is accepted. */
        public List<String> keys() {
            return List.copyOf(keys.values());
        }

        private static String keyOf(Enum<?> constant) {
            try {
                return String.valueOf(constant.getDeclaringClass().getMethod("key").invoke(constant));
            } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(constant.getDeclaringClass() + " has no public key()", e);
            }
        }
    }
}
