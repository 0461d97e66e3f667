package io.autocrm.app.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Stream;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Stored events must stay readable forever. Each event has a JSON fixture of every revision it ever had
 * (src/test/resources/events/&lt;Event&gt;.r&lt;revision&gt;.json); each is read through the application's serializer and
 * upcaster chain and must give the sample. When an event changes shape, keep the old fixture, raise the revision,
 * add an upcaster, and add a fixture of the new revision (docs/events.md).
 */
class EventJsonFixturesTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new EventStoreConfiguration().defaultAxonObjectMapper())
            .build();
    /** The application's upcasters; none yet. Add each new one here and as a Spring bean. */
    private final EventUpcasterChain upcasters = new EventUpcasterChain();

    @TestFactory
    Stream<DynamicTest> everyStoredRevisionOfEveryEventStillReads() {
        return EventSamples.all().stream().map(sample -> DynamicTest.dynamicTest(sample.getClass().getSimpleName(),
                () -> assertThat(readFixture(sample)).isEqualTo(sample)));
    }

    @Test
    void everyEventHasARevision() {
        for (Object sample : EventSamples.all()) {
            assertThat(sample.getClass().getAnnotation(Revision.class)).as(sample.getClass().getName()).isNotNull();
        }
    }

    @Test
    void roundTripsEveryEvent() {
        for (Object sample : EventSamples.all()) {
            SerializedObject<byte[]> serialized = serializer.serialize(sample, byte[].class);
            assertThat((Object) serializer.deserialize(serialized)).isEqualTo(sample);
        }
    }

    private Object readFixture(Object sample) throws IOException {
        Class<?> type = sample.getClass();
        String revision = type.getAnnotation(Revision.class).value();
        byte[] json = fixture(type.getSimpleName() + ".r" + revision + ".json");
        var serialized = new SimpleSerializedObject<>(json, byte[].class, new SimpleSerializedType(type.getName(), revision));
        var upcasted = upcasters.upcast(Stream.of(new org.axonframework.serialization.upcasting.event.InitialEventRepresentation(
                new org.axonframework.eventhandling.GenericDomainEventEntry<>("Ticket", "id", 0, "event-id",
                        java.time.Instant.EPOCH, serialized.getType().getName(), revision, json, "{}".getBytes()),
                serializer))).toList();
        assertThat(upcasted).hasSize(1);
        return serializer.deserialize(new SimpleSerializedObject<>(
                upcasted.get(0).getData(byte[].class).getData(), byte[].class, upcasted.get(0).getType()));
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = EventJsonFixturesTest.class.getResourceAsStream("/events/" + name)) {
            if (in == null) {
                throw new IOException("missing fixture events/" + name + " (write it with the sample's JSON)");
            }
            return in.readAllBytes();
        }
    }
}
